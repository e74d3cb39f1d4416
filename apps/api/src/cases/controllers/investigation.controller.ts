import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import {
  ArrestSuspect, CloseInvestigation, IdentifySuspect, OpenInvestigation, SubmitDocket,
} from '../commands/case-commands';
import { IdentifySuspectDto, OpenInvestigationDto } from '../dto/investigation.dto';
import { OccurredAtDto } from '../dto/occurred-at.dto';
import { ReasonDto } from '../dto/reason.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('investigation')
@Controller('v1/cases/:caseId')
export class InvestigationController extends CaseCommandController {
  constructor(commandBus: CommandBus) {
    super(commandBus);
  }

  @CommandRoute('investigation', 'Open the investigation', 'investigator')
  open(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: OpenInvestigationDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { ...body, leadOfficer: body.leadOfficer ?? null };
    return this.send(res, new OpenInvestigation(caseId, { type: 'OpenInvestigation', data }, caller));
  }

  @CommandRoute('investigation/closure', 'Close the investigation', 'investigator')
  close(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: ReasonDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, new CloseInvestigation(caseId, { type: 'CloseInvestigation', data: { ...body } }, caller));
  }

  @CommandRoute('suspects', 'Identify a suspect', 'investigator')
  identifySuspect(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: IdentifySuspectDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { personal, ...rest } = body;
    const suspectRef = body.suspectRef ?? this.newRef('s');
    const data = { ...rest, suspectRef, officialAgency: body.officialAgency ?? null, subjectRef: null, personal: null };
    return this.send(
      res,
      new IdentifySuspect(caseId, { type: 'IdentifySuspect', data }, caller, { suspectRef }, personal ? { ...personal } : null),
    );
  }

  @CommandRoute('suspects/:suspectRef/arrest', 'Record an arrest', 'investigator')
  arrest(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, new ArrestSuspect(caseId, { type: 'ArrestSuspect', data: { ...body, suspectRef } }, caller));
  }

  @CommandRoute('docket', 'Submit the docket to the DPP', 'investigator')
  submitDocket(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, new SubmitDocket(caseId, { type: 'SubmitDocket', data: { ...body } }, caller));
  }
}

import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import {
  ArrestSuspect, CloseInvestigation, IdentifySuspect, OpenInvestigation, SubmitDocket,
} from '../commands';
import { IdentifySuspectDto, OpenInvestigationDto } from '../dto/investigation.dto';
import { OccurredAtDto } from '../dto/occurred-at.dto';
import { ReasonDto } from '../dto/reason.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('investigation')
@Controller('v1/cases/:caseId')
export class InvestigationController extends CaseCommandController {
  @CommandRoute('investigation', 'Open the investigation', 'investigator')
  open(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: OpenInvestigationDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, leadOfficer: body.leadOfficer ?? null };
    return this.commandBus.execute(new OpenInvestigation(caseId, data, caller));
  }

  @CommandRoute('investigation/closure', 'Close the investigation', 'investigator')
  close(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: ReasonDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new CloseInvestigation(caseId, { ...body }, caller));
  }

  @CommandRoute('suspects', 'Identify a suspect', 'investigator')
  identifySuspect(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: IdentifySuspectDto,
    @Caller() caller: CaseCaller,
  ) {
    const { personal, ...rest } = body;
    const suspectRef = body.suspectRef ?? this.newRef('s');
    const data = { ...rest, suspectRef, officialAgency: body.officialAgency ?? null };
    return this.commandBus.execute(new IdentifySuspect(caseId, data, personal ? { ...personal } : null, caller));
  }

  @CommandRoute('suspects/:suspectRef/arrest', 'Record an arrest', 'investigator')
  arrest(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new ArrestSuspect(caseId, { ...body, suspectRef }, caller));
  }

  @CommandRoute('docket', 'Submit the docket to the DPP', 'investigator')
  submitDocket(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new SubmitDocket(caseId, { ...body }, caller));
  }
}

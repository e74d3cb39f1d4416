import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import {
  AllegeOfficialComplicity, ArrestSuspect, CloseInvestigation, GrantBail, IdentifySuspect, OpenInvestigation,
  ReconstructDocket, ReportDocketMissing, SubmitDocket,
} from '../commands';
import {
  AllegeComplicityDto, DocketNoteDto, GrantBailDto, IdentifySuspectDto, OpenInvestigationDto,
} from '../dto/investigation.dto';
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

  @CommandRoute('suspects/:suspectRef/complicity', "Allege an official's complicity", 'investigator', 'prosecutor')
  allegeComplicity(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: AllegeComplicityDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, suspectRef, summary: body.summary ?? null };
    return this.commandBus.execute(new AllegeOfficialComplicity(caseId, data, caller));
  }

  @CommandRoute('suspects/:suspectRef/bail', 'Record bail granted', 'investigator', 'court_clerk')
  grantBail(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: GrantBailDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, suspectRef, amount: body.amount ?? null, conditions: body.conditions ?? null };
    return this.commandBus.execute(new GrantBail(caseId, data, caller));
  }

  @CommandRoute('docket/missing', 'Report the docket missing', 'investigator', 'prosecutor')
  reportDocketMissing(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: DocketNoteDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new ReportDocketMissing(caseId, { ...body, note: body.note ?? null }, caller));
  }

  @CommandRoute('docket/reconstruction', 'Record the reconstruction of a missing docket', 'investigator')
  reconstructDocket(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: DocketNoteDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new ReconstructDocket(caseId, { ...body, note: body.note ?? null }, caller));
  }
}

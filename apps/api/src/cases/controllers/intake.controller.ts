import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import {
  IdentifyVictim, RecordProtectionService, RecordVictimCooperation, RecordVictimRepatriation, ReferCase,
  ReferVictimToServices,
} from '../commands';
import {
  IdentifyVictimDto, ReferCaseDto, ReferVictimDto, RepatriateVictimDto, VictimCooperationDto,
} from '../dto/intake.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('intake')
@Controller('v1/cases')
export class IntakeController extends CaseCommandController {
  @CommandRoute('', 'Refer a case (CaseReferred)', 'investigator')
  refer(@Body() body: ReferCaseDto, @Caller() caller: CaseCaller) {
    const caseId = body.caseId?.toLowerCase() ?? randomUUID();
    const data = { ...body, caseId, summary: body.summary ?? null };
    return this.commandBus.execute(new ReferCase(caseId, data, caller));
  }

  @CommandRoute(':caseId/victims', 'Identify a victim (VictimIdentified)', 'investigator', 'victim_services')
  identifyVictim(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: IdentifyVictimDto,
    @Caller() caller: CaseCaller,
  ) {
    const { personal, ...rest } = body;
    const victimRef = body.victimRef ?? this.newRef('v');
    return this.commandBus.execute(new IdentifyVictim(caseId, { ...rest, victimRef }, personal ? { ...personal } : null, caller));
  }

  @CommandRoute(':caseId/victims/:victimRef/referrals', 'Refer a victim to services', 'victim_services')
  referVictim(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('victimRef', RefPipe) victimRef: string,
    @Body() body: ReferVictimDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, victimRef };
    return this.commandBus.execute(new ReferVictimToServices(caseId, data, caller));
  }

  @CommandRoute(':caseId/victims/:victimRef/protection', 'Record a protection service actually provided', 'victim_services')
  recordProtection(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('victimRef', RefPipe) victimRef: string,
    @Body() body: ReferVictimDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new RecordProtectionService(caseId, { ...body, victimRef }, caller));
  }

  @CommandRoute(':caseId/victims/:victimRef/repatriation', "Record a victim's repatriation", 'victim_services')
  repatriate(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('victimRef', RefPipe) victimRef: string,
    @Body() body: RepatriateVictimDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new RecordVictimRepatriation(caseId, { ...body, victimRef }, caller));
  }

  @CommandRoute(
    ':caseId/victims/:victimRef/cooperation',
    "Record a victim's cooperation (statement, testimony, declined, withdrew)",
    'investigator', 'prosecutor', 'victim_services',
  )
  recordCooperation(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('victimRef', RefPipe) victimRef: string,
    @Body() body: VictimCooperationDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, victimRef, note: body.note ?? null };
    return this.commandBus.execute(new RecordVictimCooperation(caseId, data, caller));
  }
}

import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import { IdentifyVictim, ReferCase, ReferVictimToServices } from '../commands/case-commands';
import { IdentifyVictimDto, ReferCaseDto, ReferVictimDto } from '../dto/intake.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('intake')
@Controller('v1/cases')
export class IntakeController extends CaseCommandController {
  constructor(commandBus: CommandBus) {
    super(commandBus);
  }

  @CommandRoute('', 'Refer a case (CaseReferred)', 'investigator')
  refer(@Body() body: ReferCaseDto, @Caller() caller: CaseCaller, @Res({ passthrough: true }) res: Response) {
    const caseId = body.caseId?.toLowerCase() ?? randomUUID();
    const data = { ...body, caseId, summary: body.summary ?? null };
    return this.send(res, new ReferCase(caseId, { type: 'ReferCase', data }, caller));
  }

  @CommandRoute(':caseId/victims', 'Identify a victim (VictimIdentified)', 'investigator', 'victim_services')
  identifyVictim(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: IdentifyVictimDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { personal, ...rest } = body;
    const victimRef = body.victimRef ?? this.newRef('v');
    const data = { ...rest, victimRef, subjectRef: null, personal: null };
    return this.send(
      res,
      new IdentifyVictim(caseId, { type: 'IdentifyVictim', data }, caller, { victimRef }, personal ? { ...personal } : null),
    );
  }

  @CommandRoute(':caseId/victims/:victimRef/referrals', 'Refer a victim to services', 'victim_services')
  referVictim(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('victimRef', RefPipe) victimRef: string,
    @Body() body: ReferVictimDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { ...body, victimRef };
    return this.send(res, new ReferVictimToServices(caseId, { type: 'ReferVictimToServices', data }, caller));
  }
}

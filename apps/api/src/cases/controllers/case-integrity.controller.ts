import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import { CloseCase, CorrectEvent } from '../commands/case-commands';
import { CorrectionPolicy } from '../corrections/correction-policy';
import { CorrectEventDto } from '../dto/integrity.dto';
import { ReasonDto } from '../dto/reason.dto';
import { CaseIdPipe } from '../path-params';

@ApiTags('cases')
@Controller('v1/cases/:caseId')
export class CaseIntegrityController extends CaseCommandController {
  constructor(
    commandBus: CommandBus,
    private readonly corrections: CorrectionPolicy,
  ) {
    super(commandBus);
  }

  @CommandRoute('closure', 'Close the case', 'investigator', 'prosecutor')
  close(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: ReasonDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, new CloseCase(caseId, { type: 'CloseCase', data: { ...body } }, caller));
  }

  @CommandRoute(
    'corrections',
    'Correct an earlier event (EventCorrected); the earlier event is never edited',
    'investigator', 'prosecutor', 'court_clerk', 'victim_services',
  )
  async correct(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: CorrectEventDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.corrections.check(caller.user, caseId, body.eventId, body.changes);
    return this.send(res, new CorrectEvent(caseId, { type: 'CorrectEvent', data: { ...body } }, caller));
  }
}

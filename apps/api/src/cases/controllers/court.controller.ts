import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import { DecideAppeal, DeliverVerdict, FileAppeal, ImposeSentence, StartTrial } from '../commands/case-commands';
import { DecideAppealDto, DeliverVerdictDto, FileAppealDto, ImposeSentenceDto } from '../dto/court.dto';
import { OccurredAtDto } from '../dto/occurred-at.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('court')
@Controller('v1/cases/:caseId')
export class CourtController extends CaseCommandController {
  constructor(commandBus: CommandBus) {
    super(commandBus);
  }

  @CommandRoute('suspects/:suspectRef/trial', 'Record the start of a trial', 'court_clerk')
  startTrial(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, new StartTrial(caseId, { type: 'StartTrial', data: { ...body, suspectRef } }, caller));
  }

  @CommandRoute('suspects/:suspectRef/verdict', 'Deliver a verdict', 'court_clerk')
  verdict(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: DeliverVerdictDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { ...body, suspectRef, guiltyPlea: body.guiltyPlea ?? false };
    return this.send(res, new DeliverVerdict(caseId, { type: 'DeliverVerdict', data }, caller));
  }

  @CommandRoute('suspects/:suspectRef/sentence', 'Impose a sentence', 'court_clerk')
  sentence(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: ImposeSentenceDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const data = { ...body, suspectRef, fine: body.fine ?? null };
    return this.send(res, new ImposeSentence(caseId, { type: 'ImposeSentence', data }, caller));
  }

  @CommandRoute('appeals', 'File an appeal', 'prosecutor', 'court_clerk')
  fileAppeal(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: FileAppealDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    const appealRef = body.appealRef ?? this.newRef('ap');
    return this.send(res, new FileAppeal(caseId, { type: 'FileAppeal', data: { ...body, appealRef } }, caller, { appealRef }));
  }

  @CommandRoute('appeals/:appealRef/decision', 'Record the decision on an appeal', 'court_clerk')
  decideAppeal(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('appealRef', RefPipe) appealRef: string,
    @Body() body: DecideAppealDto,
    @Caller() caller: CaseCaller,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.send(res, new DecideAppeal(caseId, { type: 'DecideAppeal', data: { ...body, appealRef } }, caller));
  }
}

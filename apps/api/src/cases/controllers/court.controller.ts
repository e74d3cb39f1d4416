import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import {
  AdjournHearing, DecideAppeal, DeliverVerdict, FileAppeal, ImposeSentence, RecordAppearance, ReferForSentence,
  StartTrial,
} from '../commands';
import {
  AdjournHearingDto, DecideAppealDto, DeliverVerdictDto, FileAppealDto, ImposeSentenceDto, RecordAppearanceDto,
} from '../dto/court.dto';
import { OccurredAtDto } from '../dto/occurred-at.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('court')
@Controller('v1/cases/:caseId')
export class CourtController extends CaseCommandController {
  @CommandRoute('suspects/:suspectRef/trial', 'Record the start of a trial', 'court_clerk')
  startTrial(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new StartTrial(caseId, { ...body, suspectRef }, caller));
  }

  @CommandRoute('suspects/:suspectRef/verdict', 'Deliver a verdict', 'court_clerk')
  verdict(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: DeliverVerdictDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, suspectRef, guiltyPlea: body.guiltyPlea ?? false };
    return this.commandBus.execute(new DeliverVerdict(caseId, data, caller));
  }

  @CommandRoute('suspects/:suspectRef/sentence', 'Impose a sentence', 'court_clerk')
  sentence(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: ImposeSentenceDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, suspectRef, fine: body.fine ?? null };
    return this.commandBus.execute(new ImposeSentence(caseId, data, caller));
  }

  @CommandRoute('appeals', 'File an appeal', 'prosecutor', 'court_clerk')
  fileAppeal(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: FileAppealDto,
    @Caller() caller: CaseCaller,
  ) {
    const appealRef = body.appealRef ?? this.newRef('ap');
    return this.commandBus.execute(new FileAppeal(caseId, { ...body, appealRef }, caller));
  }

  @CommandRoute('appeals/:appealRef/decision', 'Record the decision on an appeal', 'court_clerk')
  decideAppeal(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('appealRef', RefPipe) appealRef: string,
    @Body() body: DecideAppealDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new DecideAppeal(caseId, { ...body, appealRef }, caller));
  }

  @CommandRoute('suspects/:suspectRef/appearance', "Record an accused's appearance", 'prosecutor', 'court_clerk')
  appearance(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: RecordAppearanceDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, suspectRef, court: body.court ?? null };
    return this.commandBus.execute(new RecordAppearance(caseId, data, caller));
  }

  @CommandRoute('suspects/:suspectRef/adjournment', 'Adjourn a hearing', 'court_clerk')
  adjourn(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: AdjournHearingDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, suspectRef, adjournedTo: body.adjournedTo ?? null };
    return this.commandBus.execute(new AdjournHearing(caseId, data, caller));
  }

  @CommandRoute(
    'suspects/:suspectRef/referral-for-sentence',
    'Refer a magistrate-court conviction to the High Court for sentence',
    'court_clerk',
  )
  referForSentence(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: OccurredAtDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new ReferForSentence(caseId, { ...body, suspectRef }, caller));
  }
}

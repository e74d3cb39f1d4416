import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Caller } from '../caller.decorator';
import type { CaseCaller } from '../case-caller';
import { CaseCommandController } from '../case-command.controller';
import { CommandRoute } from '../command-route.decorator';
import {
  FileCharges, IssueSummons, RecordDppDecision, RecordSummonsService, WithdrawCharges,
} from '../commands';
import {
  FileChargesDto, IssueSummonsDto, RecordDppDecisionDto, RecordSummonsServiceDto,
} from '../dto/prosecution.dto';
import { ReasonDto } from '../dto/reason.dto';
import { CaseIdPipe, RefPipe } from '../path-params';

@ApiTags('prosecution')
@Controller('v1/cases/:caseId')
export class ProsecutionController extends CaseCommandController {
  @CommandRoute('dpp-decision', "Record the DPP's decision", 'prosecutor')
  decide(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: RecordDppDecisionDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, forum: body.forum ?? null };
    return this.commandBus.execute(new RecordDppDecision(caseId, data, caller));
  }

  @CommandRoute('suspects/:suspectRef/charges', 'File charges against an accused', 'prosecutor')
  charge(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: FileChargesDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new FileCharges(caseId, { ...body, suspectRef }, caller));
  }

  @CommandRoute('summonses', 'Issue a summons', 'prosecutor')
  issueSummons(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Body() body: IssueSummonsDto,
    @Caller() caller: CaseCaller,
  ) {
    const summonsRef = body.summonsRef ?? this.newRef('sm');
    const data = { ...body, summonsRef };
    return this.commandBus.execute(new IssueSummons(caseId, data, caller));
  }

  @CommandRoute('summonses/:summonsRef/service', 'Record an attempt to serve a summons', 'investigator', 'prosecutor', 'court_clerk')
  recordService(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('summonsRef', RefPipe) summonsRef: string,
    @Body() body: RecordSummonsServiceDto,
    @Caller() caller: CaseCaller,
  ) {
    const data = { ...body, summonsRef, note: body.note ?? null };
    return this.commandBus.execute(new RecordSummonsService(caseId, data, caller));
  }

  @CommandRoute('suspects/:suspectRef/withdrawal', 'Withdraw the charges against an accused', 'prosecutor')
  withdraw(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Param('suspectRef', RefPipe) suspectRef: string,
    @Body() body: ReasonDto,
    @Caller() caller: CaseCaller,
  ) {
    return this.commandBus.execute(new WithdrawCharges(caseId, { ...body, suspectRef }, caller));
  }
}

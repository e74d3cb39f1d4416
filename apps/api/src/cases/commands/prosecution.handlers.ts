import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CaseCommandAnswer } from '../case-caller';
import { FileCharges, IssueSummons, RecordDppDecision, RecordSummonsService, WithdrawCharges } from './prosecution.commands';
import { plainRequest } from './path/case-command-request';
import { CaseCommands } from './path/case-commands.service';

@CommandHandler(RecordDppDecision)
export class RecordDppDecisionHandler implements ICommandHandler<RecordDppDecision, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: RecordDppDecision): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'RecordDppDecision', data }));
  }
}

@CommandHandler(FileCharges)
export class FileChargesHandler implements ICommandHandler<FileCharges, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: FileCharges): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'FileCharges', data }));
  }
}

@CommandHandler(IssueSummons)
export class IssueSummonsHandler implements ICommandHandler<IssueSummons, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: IssueSummons): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'IssueSummons', data }, { summonsRef: data.summonsRef }));
  }
}

@CommandHandler(RecordSummonsService)
export class RecordSummonsServiceHandler implements ICommandHandler<RecordSummonsService, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: RecordSummonsService): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'RecordSummonsService', data }));
  }
}

@CommandHandler(WithdrawCharges)
export class WithdrawChargesHandler implements ICommandHandler<WithdrawCharges, CaseCommandAnswer> {
  constructor(private readonly cases: CaseCommands) {}

  execute({ caseId, data, caller }: WithdrawCharges): Promise<CaseCommandAnswer> {
    return this.cases.execute(plainRequest(caseId, caller, { type: 'WithdrawCharges', data }));
  }
}

export const PROSECUTION_HANDLERS = [
  RecordDppDecisionHandler, FileChargesHandler, IssueSummonsHandler, RecordSummonsServiceHandler, WithdrawChargesHandler,
];

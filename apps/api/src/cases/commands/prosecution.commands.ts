import { Command } from '@nestjs/cqrs';
import type { CaseCaller, CaseCommandAnswer } from '../case-caller';
import type { DataOf } from './command-data';

/** Record the DPP's decision on the docket. */
export class RecordDppDecision extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'RecordDppDecision'>, readonly caller: CaseCaller) {
    super();
  }
}

export class FileCharges extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'FileCharges'>, readonly caller: CaseCaller) {
    super();
  }
}

export class IssueSummons extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'IssueSummons'>, readonly caller: CaseCaller) {
    super();
  }
}

/** Record an attempt to serve a summons. */
export class RecordSummonsService extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'RecordSummonsService'>, readonly caller: CaseCaller) {
    super();
  }
}

export class WithdrawCharges extends Command<CaseCommandAnswer> {
  constructor(readonly caseId: string, readonly data: DataOf<'WithdrawCharges'>, readonly caller: CaseCaller) {
    super();
  }
}

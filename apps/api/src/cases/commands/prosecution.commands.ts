import { CaseCommand } from './command-data';

/** Record the DPP's decision on the docket. */
export class RecordDppDecision extends CaseCommand<'RecordDppDecision'> {}

export class FileCharges extends CaseCommand<'FileCharges'> {}

export class IssueSummons extends CaseCommand<'IssueSummons'> {}

/** Record an attempt to serve a summons. */
export class RecordSummonsService extends CaseCommand<'RecordSummonsService'> {}

export class WithdrawCharges extends CaseCommand<'WithdrawCharges'> {}

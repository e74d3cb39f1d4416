import { FileCharges, IssueSummons, RecordDppDecision, RecordSummonsService, WithdrawCharges } from './prosecution.commands';
import { plainCommandHandler } from './path/plain-command-handler';

export const RecordDppDecisionHandler = plainCommandHandler(RecordDppDecision, 'RecordDppDecision');
export const FileChargesHandler = plainCommandHandler(FileCharges, 'FileCharges');
export const IssueSummonsHandler = plainCommandHandler(IssueSummons, 'IssueSummons', ({ summonsRef }) => ({ summonsRef }));
export const RecordSummonsServiceHandler = plainCommandHandler(RecordSummonsService, 'RecordSummonsService');
export const WithdrawChargesHandler = plainCommandHandler(WithdrawCharges, 'WithdrawCharges');

export const PROSECUTION_HANDLERS = [
  RecordDppDecisionHandler, FileChargesHandler, IssueSummonsHandler, RecordSummonsServiceHandler, WithdrawChargesHandler,
];

import { CaseCommandMessage } from './case-command';

/* One message class per command of the contract; each has its own handler on the command bus. */
export class ReferCase extends CaseCommandMessage {}
export class IdentifyVictim extends CaseCommandMessage {}
export class ReferVictimToServices extends CaseCommandMessage {}
export class OpenInvestigation extends CaseCommandMessage {}
export class CloseInvestigation extends CaseCommandMessage {}
export class IdentifySuspect extends CaseCommandMessage {}
export class ArrestSuspect extends CaseCommandMessage {}
export class SubmitDocket extends CaseCommandMessage {}
export class RecordDppDecision extends CaseCommandMessage {}
export class FileCharges extends CaseCommandMessage {}
export class IssueSummons extends CaseCommandMessage {}
export class RecordSummonsService extends CaseCommandMessage {}
export class StartTrial extends CaseCommandMessage {}
export class DeliverVerdict extends CaseCommandMessage {}
export class ImposeSentence extends CaseCommandMessage {}
export class WithdrawCharges extends CaseCommandMessage {}
export class FileAppeal extends CaseCommandMessage {}
export class DecideAppeal extends CaseCommandMessage {}
export class CloseCase extends CaseCommandMessage {}
export class CorrectEvent extends CaseCommandMessage {}
export class ErasePersonalData extends CaseCommandMessage {}

export const CASE_COMMANDS = [
  ReferCase, IdentifyVictim, ReferVictimToServices, OpenInvestigation, CloseInvestigation, IdentifySuspect,
  ArrestSuspect, SubmitDocket, RecordDppDecision, FileCharges, IssueSummons, RecordSummonsService, StartTrial,
  DeliverVerdict, ImposeSentence, WithdrawCharges, FileAppeal, DecideAppeal, CloseCase, CorrectEvent,
  ErasePersonalData,
] as const;

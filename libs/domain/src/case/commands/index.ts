import type { CourtCommand } from './court';
import type { IntakeCommand } from './intake';
import type { IntegrityCommand } from './integrity';
import type { InvestigationCommand } from './investigation';
import type { ProsecutionCommand } from './prosecution';

export type * from './command';
export type * from './court';
export type * from './intake';
export type * from './integrity';
export type * from './investigation';
export type * from './prosecution';

/** Everything a user can ask of a case. */
export type CaseCommand =
  | IntakeCommand
  | InvestigationCommand
  | ProsecutionCommand
  | CourtCommand
  | IntegrityCommand;
export type CaseCommandType = CaseCommand['type'];
/** The command of one type. */
export type CaseCommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

const COMMAND_TYPES: Readonly<Record<CaseCommandType, true>> = {
  ReferCase: true,
  IdentifyVictim: true,
  ReferVictimToServices: true,
  RecordProtectionService: true,
  RecordVictimRepatriation: true,
  RecordVictimCooperation: true,
  OpenInvestigation: true,
  CloseInvestigation: true,
  IdentifySuspect: true,
  AllegeOfficialComplicity: true,
  ArrestSuspect: true,
  GrantBail: true,
  SubmitDocket: true,
  ReportDocketMissing: true,
  ReconstructDocket: true,
  RecordDppDecision: true,
  FileCharges: true,
  IssueSummons: true,
  RecordSummonsService: true,
  RecordAppearance: true,
  StartTrial: true,
  AdjournHearing: true,
  WithdrawCharges: true,
  DeliverVerdict: true,
  ReferForSentence: true,
  ImposeSentence: true,
  FileAppeal: true,
  DecideAppeal: true,
  CloseCase: true,
  CorrectEvent: true,
  AttachEvidence: true,
  ErasePersonalData: true,
};

/** Every command type. */
export const CASE_COMMAND_TYPES = Object.keys(COMMAND_TYPES) as readonly CaseCommandType[];

/**
 * A command before the server adds its metadata. Distributive (unlike `Omit<CaseCommand, ...>`),
 * so checking `type` still narrows `data`.
 */
export type CaseCommandIntent = { [T in CaseCommandType]: Omit<CaseCommandOf<T>, 'metadata'> }[CaseCommandType];

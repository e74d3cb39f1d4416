import type {
  AccusedStatus, AppealOutcome, AppealStatus, Appellant, CaseStage, District, DppDecision, Form, Forum,
  InvestigationStatus, ProtectionService, Sex, Source, Statute, SummonsState, VerdictOutcome,
  VictimCooperation,
} from '@casetrail/contract';
import type { Nationality } from '../nationalities';
import type { StoredCaseEvent, VictimProfile } from './events';

/** A service a victim was referred to or given. */
export type VictimService = Readonly<{
  service: ProtectionService;
  provider: string;
  governmentFunded: boolean;
  occurredAt: string;
}>;

export type VictimState = VictimProfile & Readonly<{
  victimRef: string;
  identifiedAt: string;
  subjectRef: string | null;
  referrals: readonly VictimService[];
  servicesProvided: readonly VictimService[];
  repatriatedAt: string | null;
  cooperation: readonly Readonly<{ cooperation: VictimCooperation; occurredAt: string }>[];
}>;

export type ChargeState = Readonly<{ statute: Statute; counts: number; occurredAt: string }>;

export type VerdictState = Readonly<{
  outcome: VerdictOutcome;
  statute: Statute;
  guiltyPlea: boolean;
  occurredAt: string;
}>;

export type SentenceState = Readonly<{
  imprisonmentMonths: number;
  suspendedMonths: number;
  fine: number | null;
  fineInLieuOfPrison: boolean;
  occurredAt: string;
}>;

/** One suspect and their own track through the case. */
export type AccusedState = Readonly<{
  suspectRef: string;
  status: AccusedStatus;
  identifiedAt: string;
  sex: Sex;
  nationality: Nationality;
  isGovernmentOfficial: boolean;
  officialAgency: string | null;
  subjectRef: string | null;
  complicityAllegedAt: string | null;
  arrestedAt: string | null;
  bailGrantedAt: string | null;
  /** When first charged; `charges` lists every filing. */
  chargedAt: string | null;
  charges: readonly ChargeState[];
  firstSummonedAt: string | null;
  firstAppearedAt: string | null;
  trialStartedAt: string | null;
  verdict: VerdictState | null;
  withdrawnAt: string | null;
  referredForSentenceAt: string | null;
  sentence: SentenceState | null;
}>;

export type SummonsRecord = Readonly<{
  summonsRef: string;
  suspectRef: string;
  court: string;
  issuedAt: string;
  /** `YYYY-MM-DD` (Lesotho). */
  returnDate: string;
  status: SummonsState;
  /** Service attempts, failed and successful. */
  attempts: number;
  lastAttemptAt: string | null;
  servedAt: string | null;
}>;

export type AppealState = Readonly<{
  appealRef: string;
  suspectRef: string;
  appellant: Appellant;
  filedAt: string;
  status: AppealStatus;
  outcome: AppealOutcome | null;
  decidedAt: string | null;
}>;

export type InvestigationState = Readonly<{
  status: InvestigationStatus;
  /** When the current (or last) spell of investigation opened. */
  openedAt: string | null;
  closedAt: string | null;
  unit: string | null;
  leadOfficer: string | null;
}>;

/**
 * The police docket and the DPP. It is before the DPP while `submittedAt` is set and `decision`
 * is null; a new submission clears the previous decision.
 */
export type DocketState = Readonly<{
  submittedAt: string | null;
  submissions: number;
  decision: DppDecision | null;
  decidedAt: string | null;
  forum: Forum | null;
  missingSince: string | null;
  reportedMissing: number;
  reconstructedAt: string | null;
}>;

export type EvidenceState = Readonly<{ sha256: string; description: string; attachedAt: string }>;

/** No case was ever referred on this stream. */
export type NotReferredCase = Readonly<{ status: 'not_referred' }>;

/** A case on record, in whatever stage (closed included). */
export type ExistingCase = Readonly<{
  status: 'existing';
  caseId: string;
  referredAt: string;
  source: Source;
  district: District;
  form: Form;
  summary: string | null;
  stage: CaseStage;
  closedAt: string | null;
  closureReason: string | null;
  investigation: InvestigationState;
  docket: DocketState;
  victims: Readonly<Record<string, VictimState>>;
  accused: Readonly<Record<string, AccusedState>>;
  summonses: Readonly<Record<string, SummonsRecord>>;
  appeals: Readonly<Record<string, AppealState>>;
  evidence: Readonly<Record<string, EvidenceState>>;
  /** subjectRef -> when its personal data was erased. */
  erasedSubjects: Readonly<Record<string, string>>;
  /** Every stored event as applied, corrections included and targets untouched. */
  history: readonly StoredCaseEvent[];
  /** The latest `occurredAt` among the case's events (as corrected). */
  lastOccurredAt: string;
}>;

export type CaseState = NotReferredCase | ExistingCase;

/** The state of a stream before its first event. */
export function initialState(): CaseState {
  return { status: 'not_referred' };
}

/** The entry for `key` when the record has one of its own (never an inherited property). */
export function entryOf<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

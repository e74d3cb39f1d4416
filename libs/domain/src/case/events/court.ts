import type { AppealOutcome, Appellant, Statute, VerdictOutcome } from '@casetrail/contract';
import type { DomainEvent } from './event';

export type AccusedAppearedData = Readonly<{ suspectRef: string; occurredAt: string; court: string | null }>;

export type TrialStartedData = Readonly<{ suspectRef: string; occurredAt: string }>;

export type HearingAdjournedData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  reason: string;
  /** The Lesotho date the hearing was adjourned to (`YYYY-MM-DD`), when one was set. */
  adjournedTo: string | null;
}>;

export type VerdictDeliveredData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  outcome: VerdictOutcome;
  statute: Statute;
  guiltyPlea: boolean;
}>;

export type ReferredToHighCourtForSentenceData = Readonly<{ suspectRef: string; occurredAt: string }>;

export type SentenceImposedData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  imprisonmentMonths: number;
  suspendedMonths: number;
  fine: number | null;
  fineInLieuOfPrison: boolean;
}>;

export type AppealFiledData = Readonly<{
  appealRef: string;
  suspectRef: string;
  occurredAt: string;
  appellant: Appellant;
}>;

export type AppealDecidedData = Readonly<{ appealRef: string; occurredAt: string; outcome: AppealOutcome }>;

export type AccusedAppeared = DomainEvent<'AccusedAppeared', AccusedAppearedData>;
export type TrialStarted = DomainEvent<'TrialStarted', TrialStartedData>;
export type HearingAdjourned = DomainEvent<'HearingAdjourned', HearingAdjournedData>;
export type VerdictDelivered = DomainEvent<'VerdictDelivered', VerdictDeliveredData>;
export type ReferredToHighCourtForSentence = DomainEvent<
  'ReferredToHighCourtForSentence',
  ReferredToHighCourtForSentenceData
>;
export type SentenceImposed = DomainEvent<'SentenceImposed', SentenceImposedData>;
export type AppealFiled = DomainEvent<'AppealFiled', AppealFiledData>;
export type AppealDecided = DomainEvent<'AppealDecided', AppealDecidedData>;

export type CourtEvent =
  | AccusedAppeared
  | TrialStarted
  | HearingAdjourned
  | VerdictDelivered
  | ReferredToHighCourtForSentence
  | SentenceImposed
  | AppealFiled
  | AppealDecided;

import type { AppealOutcome, Appellant, Statute, VerdictOutcome } from '@casetrail/contract';
import type { DomainCommand } from './command';

type SuspectAct = Readonly<{ suspectRef: string; occurredAt: string }>;

export type RecordAppearance = DomainCommand<
  'RecordAppearance',
  Readonly<{ suspectRef: string; occurredAt: string; court?: string | null }>
>;

export type StartTrial = DomainCommand<'StartTrial', SuspectAct>;

export type AdjournHearing = DomainCommand<
  'AdjournHearing',
  Readonly<{ suspectRef: string; occurredAt: string; reason: string; adjournedTo?: string | null }>
>;

export type DeliverVerdict = DomainCommand<
  'DeliverVerdict',
  Readonly<{
    suspectRef: string;
    occurredAt: string;
    outcome: VerdictOutcome;
    statute: Statute;
    /** Absent means false. */
    guiltyPlea?: boolean | null;
  }>
>;

/** A magistrate court refers a conviction to the High Court for sentence. */
export type ReferForSentence = DomainCommand<'ReferForSentence', SuspectAct>;

export type ImposeSentence = DomainCommand<
  'ImposeSentence',
  Readonly<{
    suspectRef: string;
    occurredAt: string;
    imprisonmentMonths: number;
    suspendedMonths: number;
    fine?: number | null;
    fineInLieuOfPrison: boolean;
  }>
>;

export type FileAppeal = DomainCommand<
  'FileAppeal',
  Readonly<{ appealRef: string; suspectRef: string; occurredAt: string; appellant: Appellant }>
>;

export type DecideAppeal = DomainCommand<
  'DecideAppeal',
  Readonly<{ appealRef: string; occurredAt: string; outcome: AppealOutcome }>
>;

export type CourtCommand =
  | RecordAppearance
  | StartTrial
  | AdjournHearing
  | DeliverVerdict
  | ReferForSentence
  | ImposeSentence
  | FileAppeal
  | DecideAppeal;

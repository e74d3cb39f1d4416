import type { DppDecision, Forum, Statute } from '@casetrail/contract';
import type { DomainEvent } from './event';

export type DppDecisionRecordedData = Readonly<{
  occurredAt: string;
  decision: DppDecision;
  forum: Forum | null;
}>;

export type ChargesFiledData = Readonly<{
  suspectRef: string;
  occurredAt: string;
  statute: Statute;
  counts: number;
}>;

export type SummonsIssuedData = Readonly<{
  summonsRef: string;
  suspectRef: string;
  occurredAt: string;
  court: string;
  /** `YYYY-MM-DD`, a Lesotho date. */
  returnDate: string;
}>;

export type SummonsServedData = Readonly<{ summonsRef: string; occurredAt: string; note: string | null }>;
export type SummonsServiceFailedData = SummonsServedData;

export type ChargesWithdrawnData = Readonly<{ suspectRef: string; occurredAt: string; reason: string }>;

export type CaseClosedData = Readonly<{ occurredAt: string; reason: string }>;

export type DppDecisionRecorded = DomainEvent<'DppDecisionRecorded', DppDecisionRecordedData>;
export type ChargesFiled = DomainEvent<'ChargesFiled', ChargesFiledData>;
export type SummonsIssued = DomainEvent<'SummonsIssued', SummonsIssuedData>;
export type SummonsServed = DomainEvent<'SummonsServed', SummonsServedData>;
export type SummonsServiceFailed = DomainEvent<'SummonsServiceFailed', SummonsServiceFailedData>;
export type ChargesWithdrawn = DomainEvent<'ChargesWithdrawn', ChargesWithdrawnData>;
export type CaseClosed = DomainEvent<'CaseClosed', CaseClosedData>;

export type ProsecutionEvent =
  | DppDecisionRecorded
  | ChargesFiled
  | SummonsIssued
  | SummonsServed
  | SummonsServiceFailed
  | ChargesWithdrawn
  | CaseClosed;

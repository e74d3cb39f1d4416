import type { DppDecision, Forum, ServiceOutcome, Statute } from '@casetrail/contract';
import type { DomainCommand } from './command';

export type RecordDppDecision = DomainCommand<
  'RecordDppDecision',
  Readonly<{ occurredAt: string; decision: DppDecision; forum?: Forum | null }>
>;

export type FileCharges = DomainCommand<
  'FileCharges',
  Readonly<{ suspectRef: string; occurredAt: string; statute: Statute; counts: number }>
>;

export type IssueSummons = DomainCommand<
  'IssueSummons',
  Readonly<{ summonsRef: string; suspectRef: string; occurredAt: string; court: string; returnDate: string }>
>;

/** One attempt to serve a summons: `served` gives SummonsServed, `failed` SummonsServiceFailed. */
export type RecordSummonsService = DomainCommand<
  'RecordSummonsService',
  Readonly<{ summonsRef: string; occurredAt: string; outcome: ServiceOutcome; note?: string | null }>
>;

export type WithdrawCharges = DomainCommand<
  'WithdrawCharges',
  Readonly<{ suspectRef: string; occurredAt: string; reason: string }>
>;

export type CloseCase = DomainCommand<'CloseCase', Readonly<{ occurredAt: string; reason: string }>>;

export type ProsecutionCommand =
  | RecordDppDecision
  | FileCharges
  | IssueSummons
  | RecordSummonsService
  | WithdrawCharges
  | CloseCase;

import type { ClaimOf } from '@casetrail/contract';

/** The API's enumerations the list filters offer, in its order (libs/contract's own). */
export { CASE_STAGES, DISTRICTS, FORMS } from '@casetrail/contract';
export const CASE_SORTS = ['referredAt', '-referredAt', 'lastEventAt', '-lastEventAt', 'district', '-district', 'stage', '-stage'] as const;

/** A page of a list (api.md "Lists"): the rows, the cursor of the next page, the filters applied. */
export interface ListPage<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
  readonly filters: Readonly<Record<string, unknown>>;
}

export type { CaseListItem as ListedCase } from '@casetrail/contract';
export type { CalendarItem as CalendarEntry } from '@casetrail/contract';

export interface ChangingEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export type Verdict = 'supported' | 'not_supported' | 'restated' | 'suppressed' | 'out_of_scope';

export interface AssertionView {
  readonly figure: string;
  readonly period: string | null;
  readonly asOf: string | null;
  readonly district: string | null;
  readonly value: number;
  readonly verdict: Verdict;
  /** Absent where the verdict gives no values (suppressed, out_of_scope). */
  readonly recordedValue?: number | null;
  readonly valueNow?: number | null;
  readonly valueAsKnownAtMadeAt?: number | null;
  readonly changedBy?: readonly ChangingEvent[];
}

export type ClaimView = ClaimOf<AssertionView>;

export type { CheckpointAnswer as HistoricCheckpoint, CheckpointCosignature as Cosignature } from '@casetrail/contract';

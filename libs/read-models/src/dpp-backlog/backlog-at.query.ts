import type { Pool } from 'pg';
import type { PendingDocket } from '@casetrail/contract';
import { instantOf, lesothoDateOf, lesothoDaysBetween, type District } from '@casetrail/domain';
import { median } from '@casetrail/reporting';
import { casesAt, type PinnedMoment } from '../case-list/cases-at';

/** Days pending, banded (api.md "Lists": the backlog's age bands). */
export const AGE_BANDS = ['0-30', '31-90', '91-180', '181-365', '>365'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBandOf(days: number): AgeBand {
  return days <= 30 ? '0-30' : days <= 90 ? '31-90' : days <= 180 ? '91-180' : days <= 365 ? '181-365' : '>365';
}

export type { PendingDocket } from '@casetrail/contract';

export interface BacklogAt {
  /** The Lesotho date the days are counted to. */
  readonly asOf: string;
  readonly pending: number;
  readonly medianDaysPending: number | null;
  readonly ageBands: Record<AgeBand, number>;
  /** Every docket pending then, in no order. */
  readonly dockets: PendingDocket[];
}

/**
 * The dockets before the DPP with no decision (in cases not closed) at the pinned moment, as known then,
 * each with its days pending counted to the Lesotho day of `moment`.
 */
export async function readBacklogAt(
  pool: Pool, at: PinnedMoment, moment: string, scope: District | null, district: District | null,
): Promise<BacklogAt> {
  const cases = await casesAt(pool, at, scope, district, 'docket_before_dpp');
  const dockets = cases.flatMap(({ listed, beforeDppSince }) => beforeDppSince === null ? [] : [{
    caseId: listed.caseId, district: listed.district, form: listed.form, submittedAt: beforeDppSince,
    daysPending: lesothoDaysBetween(instantOf(beforeDppSince), instantOf(moment)),
  }]);
  const ageBands = Object.fromEntries(AGE_BANDS.map((band) => [band, 0])) as Record<AgeBand, number>;
  for (const docket of dockets) ageBands[ageBandOf(docket.daysPending)] += 1;
  return {
    asOf: lesothoDateOf(moment), pending: dockets.length, medianDaysPending: median(dockets.map((d) => d.daysPending)), ageBands, dockets,
  };
}

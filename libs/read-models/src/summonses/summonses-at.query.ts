import type { Pool } from 'pg';
import type { SummonsRow } from '@casetrail/contract';
import {
  instantOf, lesothoDateOf, lesothoDaysBetween, lesothoTimestampOf, summonsStatusAt, type District, type SummonsStatus,
} from '@casetrail/domain';
import { casesAt, type PinnedMoment } from '../case-list/cases-at';

export type { SummonsRow } from '@casetrail/contract';

export interface SummonsListFilters {
  readonly status: SummonsStatus | null;
  readonly court: string | null;
  readonly district: District | null;
  /** Not served, and returnable from the day seen at to N days after it. */
  readonly dueWithinDays: number | null;
  /** true: served after the return date only; false: all but those. */
  readonly servedLate: boolean | null;
}

export interface SummonsesAt {
  /** The Lesotho date statuses and days are as of. */
  readonly asOf: string;
  readonly counts: { total: number; byStatus: Partial<Record<SummonsStatus, number>> };
  /** Every summons the filters keep, in no order. */
  readonly rows: SummonsRow[];
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** Served after its return date (the Lesotho day of service is later). */
export const servedLate = (row: Pick<SummonsRow, 'servedAt' | 'returnDate'>) =>
  row.servedAt !== null && lesothoDateOf(row.servedAt) > row.returnDate;

/**
 * Every summons as it stood at the pinned moment, as known then: its status at `moment` (overdue computed
 * by the domain), its days outstanding to that day; those the filters keep, and their counts by status.
 */
export async function readSummonsesAt(
  pool: Pool, at: PinnedMoment, moment: string, scope: District | null, filters: SummonsListFilters,
): Promise<SummonsesAt> {
  const today = lesothoDateOf(moment);
  const cases = await casesAt(pool, at, scope, filters.district, 'summonses');
  const rows = cases.flatMap(({ listed, summonses }) => summonses.map((summons): SummonsRow => ({
    caseId: listed.caseId, summonsRef: summons.summonsRef, suspectRef: summons.suspectRef, court: summons.court,
    district: listed.district, issuedAt: summons.issuedAt, returnDate: summons.returnDate, status: summonsStatusAt(summons, moment),
    attempts: summons.attempts, servedAt: summons.servedAt === null ? null : lesothoTimestampOf(instantOf(summons.servedAt)),
    daysOutstanding: lesothoDaysBetween(instantOf(summons.issuedAt), summons.servedAt === null ? instantOf(moment) : instantOf(summons.servedAt)),
  })));
  const kept = rows.filter((row) =>
    (filters.status === null || row.status === filters.status) && (filters.court === null || row.court === filters.court)
    && (filters.servedLate === null || servedLate(row) === filters.servedLate)
    && (filters.dueWithinDays === null || (row.servedAt === null && row.returnDate >= today
      && dayNumber(row.returnDate) - dayNumber(today) <= filters.dueWithinDays)));
  const counts: SummonsesAt['counts'] = { total: kept.length, byStatus: {} };
  for (const { status } of kept) counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
  return { asOf: today, counts, rows: kept };
}

import type { Pool } from 'pg';
import { lesothoDateOf, summonsStatusAt, type SummonsState, type SummonsStatus } from '@casetrail/domain';
import { lesothoDateSql, lesothoTimestampSql } from '../lesotho-sql';

export interface SummonsRow {
  caseId: string;
  summonsRef: string;
  suspectRef: string;
  court: string;
  district: string;
  issuedAt: string;
  returnDate: string;
  /** issued | served | failed | overdue (the domain's `summonsStatusAt`) */
  status: SummonsStatus;
  attempts: number;
  servedAt: string | null;
  /** Days from issue to service, or to today while unserved. */
  daysOutstanding: number;
}

export interface SummonsFilters {
  readonly status: SummonsStatus | null;
  readonly court: string | null;
  readonly district: string | null;
}

export interface Summonses {
  /** The Lesotho date the statuses are as of. */
  readonly asOf: string;
  readonly counts: { total: number; byStatus: Partial<Record<SummonsStatus, number>> };
  readonly summonses: SummonsRow[];
}

/** Summonses as they stand at `now`, filtered, and their counts by status. */
export async function readSummonses(pool: Pool, now: string, filters: SummonsFilters): Promise<Summonses> {
  const summonses = await summonsRows(pool, now, filters);
  const counts: Summonses['counts'] = { total: summonses.length, byStatus: {} };
  for (const { status } of summonses) counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
  return { asOf: lesothoDateOf(now), counts, summonses };
}

/** Each summons as it stands at `now`; `overdue` is computed by the domain, never stored. */
async function summonsRows(pool: Pool, now: string, filters: SummonsFilters): Promise<SummonsRow[]> {
  const { rows } = await pool.query<Omit<SummonsRow, 'status'> & { status: SummonsState }>(
    `SELECT case_id AS "caseId", summons_ref AS "summonsRef", suspect_ref AS "suspectRef", court, district,
            issued_at_text AS "issuedAt", to_char(return_date, 'YYYY-MM-DD') AS "returnDate", status, attempts,
            CASE WHEN served_at IS NULL THEN NULL ELSE ${lesothoTimestampSql('served_at')} END AS "servedAt",
            (coalesce(${lesothoDateSql('served_at')}, $1::date) - ${lesothoDateSql('issued_at')}) AS "daysOutstanding"
     FROM rm_summonses_summonses
     WHERE ($2::text IS NULL OR court = $2) AND ($3::text IS NULL OR district = $3)
     ORDER BY return_date, case_id, summons_ref`,
    [lesothoDateOf(now), filters.court, filters.district],
  );
  return rows
    .map((row) => ({ ...row, status: summonsStatusAt(row, now) }))
    .filter((row) => filters.status === null || row.status === filters.status);
}

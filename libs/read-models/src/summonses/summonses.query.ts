import type { Pool } from 'pg';

export interface SummonsRow {
  caseId: string;
  summonsRef: string;
  suspectRef: string;
  court: string;
  district: string;
  issuedAt: string;
  returnDate: string;
  /** issued | served | failed | overdue (not served by its return date, whatever its attempts) */
  status: string;
  attempts: number;
  servedAt: string | null;
  /** Days from issue to service, or to today while unserved. */
  daysOutstanding: number;
}

/** Summonses as of `today` (a Lesotho date), filtered; `overdue` is computed, never stored. */
export async function readSummonses(
  pool: Pool,
  today: string,
  filters: { status: string | null; court: string | null; district: string | null },
): Promise<SummonsRow[]> {
  const { rows } = await pool.query<SummonsRow>(
    `WITH s AS (
       SELECT case_id, summons_ref, suspect_ref, court, district, issued_at, issued_at_text, return_date, attempts, served_at,
              CASE WHEN status <> 'served' AND return_date < $1::date THEN 'overdue' ELSE status END AS status
       FROM rm_summonses_summonses)
     SELECT case_id AS "caseId", summons_ref AS "summonsRef", suspect_ref AS "suspectRef", court, district,
            issued_at_text AS "issuedAt", to_char(return_date, 'YYYY-MM-DD') AS "returnDate", status, attempts,
            CASE WHEN served_at IS NULL THEN NULL ELSE to_char(served_at AT TIME ZONE INTERVAL '+02:00', 'YYYY-MM-DD"T"HH24:MI:SS"+02:00"') END AS "servedAt",
            (coalesce((served_at AT TIME ZONE INTERVAL '+02:00')::date, $1::date) - (issued_at AT TIME ZONE INTERVAL '+02:00')::date) AS "daysOutstanding"
     FROM s
     WHERE ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR court = $3) AND ($4::text IS NULL OR district = $4)
     ORDER BY return_date, case_id, summons_ref`,
    [today, filters.status, filters.court, filters.district],
  );
  return rows;
}

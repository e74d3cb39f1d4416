import type { Pool } from 'pg';
import { lesothoDateOf, type District } from '@casetrail/domain';
import { median } from '@casetrail/reporting';
import { lesothoDateSql } from '../lesotho-sql';

export interface PendingDocket {
  caseId: string;
  district: string;
  form: string;
  submittedAt: string;
  daysPending: number;
}

export interface DppBacklog {
  /** The Lesotho date the days are counted to. */
  asOf: string;
  pending: number;
  medianDaysPending: number | null;
  cases: PendingDocket[];
}

/** Cases whose docket is before the DPP with no decision yet at `now`, longest waiting first. */
export async function readDppBacklog(pool: Pool, now: string, district: District | null): Promise<DppBacklog> {
  const today = lesothoDateOf(now);
  const { rows } = await pool.query<PendingDocket>(
    `SELECT case_id AS "caseId", district, form, submitted_at_text AS "submittedAt",
            ($1::date - ${lesothoDateSql('submitted_at')}) AS "daysPending"
     FROM rm_dpp_backlog_cases
     WHERE submitted_at IS NOT NULL AND decided_at IS NULL AND NOT closed AND ($2::text IS NULL OR district = $2)
     ORDER BY submitted_at, case_id`,
    [today, district],
  );
  return { asOf: today, pending: rows.length, medianDaysPending: median(rows.map((r) => r.daysPending)), cases: rows };
}

import type { Pool } from 'pg';
import type { CaseStage, District, Form } from '@casetrail/domain';
import { casesAt, type PinnedMoment } from '../case-list/cases-at';

export interface CaseloadFilters {
  readonly district: District | null;
  readonly stage: CaseStage | null;
  readonly form: Form | null;
}

export interface Caseload {
  total: number;
  byStage: Record<string, number>;
  byDistrict: Record<string, number>;
  byForm: Record<string, number>;
  filters: CaseloadFilters;
}

/** Counts of cases by stage, district and form, among the cases the filters keep. */
export async function readCaseload(pool: Pool, filters: CaseloadFilters): Promise<Caseload> {
  const { rows } = await pool.query<{ stage: string; district: string; form: string; n: number }>(
    `SELECT stage, district, form, count(*)::int AS n FROM rm_caseload_cases
     WHERE ($1::text IS NULL OR district = $1) AND ($2::text IS NULL OR stage = $2) AND ($3::text IS NULL OR form = $3)
     GROUP BY stage, district, form`,
    [filters.district, filters.stage, filters.form],
  );
  return caseloadOf(rows, filters);
}

/** The cases as they stood at the pinned moment (asOf, knownAt), counted as `readCaseload` counts. */
export async function readCaseloadAt(pool: Pool, at: PinnedMoment, scope: District | null, filters: CaseloadFilters): Promise<Caseload> {
  const cases = await casesAt(pool, at, scope, filters.district, 'anything');
  const kept = cases.map((c) => c.listed)
    .filter((c) => (filters.stage === null || c.stage === filters.stage) && (filters.form === null || c.form === filters.form));
  return caseloadOf(kept.map(({ stage, district, form }) => ({ stage, district, form, n: 1 })), filters);
}

function caseloadOf(rows: readonly { stage: string; district: string; form: string; n: number }[], filters: CaseloadFilters): Caseload {
  const caseload: Caseload = { total: 0, byStage: {}, byDistrict: {}, byForm: {}, filters };
  for (const row of rows) {
    caseload.total += row.n;
    caseload.byStage[row.stage] = (caseload.byStage[row.stage] ?? 0) + row.n;
    caseload.byDistrict[row.district] = (caseload.byDistrict[row.district] ?? 0) + row.n;
    caseload.byForm[row.form] = (caseload.byForm[row.form] ?? 0) + row.n;
  }
  return caseload;
}

import type { Pool } from 'pg';
import { DISTRICTS, instantOf, lesothoDaysBetween, type District } from '@casetrail/domain';
import { median, type ReportingPeriod } from '@casetrail/reporting';
import { casesAt, type PinnedMoment } from '../case-list/cases-at';

/** NCSC CourTools measure 2: cases disposed of against cases come in. */
export interface Clearance {
  readonly newCases: number;
  readonly dispositions: number;
  /** dispositions / newCases, to three places; null when no case came in. */
  readonly rate: number | null;
}

/** NCSC CourTools measure 4: how old the open cases were at the period's end, in days. */
export interface PendingAge {
  readonly median: number | null;
  readonly p90: number | null;
}

export interface CaseloadMeasures {
  readonly clearance: Partial<Record<District, Clearance>>;
  readonly pendingAge: Partial<Record<District, PendingAge>>;
}

/** The nearest-rank percentile (p in 0-100) of the values; null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Per district, for the period: cases referred in it, cases closed or decided by the DPP in it (each case
 * once), and the age of the cases open at its end (referred before its end, not closed by then), counted to
 * its last Lesotho day; as the record stood at the pinned moment.
 */
export async function readCaseloadMeasures(
  pool: Pool, period: ReportingPeriod, at: PinnedMoment, scope: District | null, district: District | null,
): Promise<CaseloadMeasures> {
  const [from, to] = [instantOf(period.from), instantOf(period.to)];
  const within = (moment: string) => instantOf(moment) >= from && instantOf(moment) < to;
  const cases = await casesAt(pool, at, scope, district, 'anything');
  const measures: CaseloadMeasures = { clearance: {}, pendingAge: {} };
  for (const name of district === null ? DISTRICTS : [district]) {
    const ofDistrict = cases.filter((c) => c.listed.district === name);
    const newCases = ofDistrict.filter((c) => within(c.listed.referredAt)).length;
    const dispositions = ofDistrict.filter((c) => c.dispositions.some(within)).length;
    const ages = ofDistrict
      .filter((c) => instantOf(c.listed.referredAt) < to && (c.closedAt === null || instantOf(c.closedAt) >= to))
      .map((c) => lesothoDaysBetween(instantOf(c.listed.referredAt), to - 1));
    measures.clearance[name] = { newCases, dispositions, rate: newCases === 0 ? null : Math.round((dispositions / newCases) * 1000) / 1000 };
    measures.pendingAge[name] = { median: median(ages), p90: percentile(ages, 90) };
  }
  return measures;
}

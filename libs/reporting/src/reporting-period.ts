import { startOfLesothoDay } from '@casetrail/domain';

/** A TIP reporting year: 1 April to 31 March, Lesotho time (UTC+02:00 all year). */
export interface ReportingPeriod {
  /** `2021-22`: from 2021-04-01T00:00+02:00 up to (not including) 2022-04-01T00:00+02:00. */
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

const PERIOD = /^(\d{4})-(\d{2})$/;

export class InvalidReportingPeriod extends Error {
  override readonly name = 'InvalidReportingPeriod';
}

export function reportingPeriod(name: string): ReportingPeriod {
  const match = PERIOD.exec(name);
  const start = match ? Number(match[1]) : NaN;
  if (!match || start < 1990 || start > 2200 || (start + 1) % 100 !== Number(match[2])) {
    throw new InvalidReportingPeriod(`period must look like 2021-22 (two consecutive years), got "${name}"`);
  }
  return periodStarting(start);
}

function periodStarting(year: number): ReportingPeriod {
  const next = year + 1;
  return {
    name: `${year}-${String(next % 100).padStart(2, '0')}`,
    from: startOfLesothoDay(`${year}-04-01`),
    to: startOfLesothoDay(`${next}-04-01`),
  };
}

export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  return periodStarting(Number(period.name.slice(0, 4)) - 1);
}

import { caseFacts } from './case-facts';
import { governmentActionFigures, suppressSmallVictimFigures, SUPPRESSED_BELOW, type GovernmentActionFigures } from './government-action';
import { asKnownAt, type ReportEvent } from './report-event';
import { previousPeriod, type ReportingPeriod } from './reporting-period';

export interface GovernmentActionReport extends GovernmentActionFigures {
  period: string;
  from: string;
  to: string;
  knownAt: string;
  suppressedBelow?: number;
  previous: GovernmentActionFigures & { period: string; from: string; to: string };
}

/**
 * The report for `period` as the record stood at `knownAt`, with the previous period beside it.
 * `events` are every case's report events (any order); `forDonor` suppresses small victim figures.
 */
export function governmentActionReport(
  events: readonly ReportEvent[],
  period: ReportingPeriod,
  knownAt: string,
  forDonor: boolean,
): GovernmentActionReport {
  const known = asKnownAt(events, Date.parse(knownAt));
  const byCase = new Map<string, ReportEvent[]>();
  for (const event of known) {
    const list = byCase.get(event.caseId) ?? [];
    list.push(event);
    byCase.set(event.caseId, list);
  }
  const cases = [...byCase].map(([caseId, caseEvents]) => caseFacts(caseId, caseEvents));
  const figuresFor = (p: ReportingPeriod) => {
    const figures = governmentActionFigures(cases, Date.parse(p.from), Date.parse(p.to));
    return forDonor ? suppressSmallVictimFigures(figures) : figures;
  };
  const previous = previousPeriod(period);
  return {
    period: period.name,
    from: period.from,
    to: period.to,
    knownAt,
    ...figuresFor(period),
    ...(forDonor ? { suppressedBelow: SUPPRESSED_BELOW } : {}),
    previous: { period: previous.name, from: previous.from, to: previous.to, ...figuresFor(previous) },
  };
}

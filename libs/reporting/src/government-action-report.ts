import { caseFacts } from './case-facts';
import { donorVictimFigures, SUPPRESSED_BELOW, type DisclosureDescription, type DisclosureRule } from './disclosure';
import { governmentActionFigures, type GovernmentActionFigures } from './government-action';
import { asKnownAt, type ReportEvent } from './report-event';
import { previousPeriod, type ReportingPeriod } from './reporting-period';
import { victimRecords } from './victim-records';

export interface GovernmentActionReport extends GovernmentActionFigures {
  period: string;
  from: string;
  to: string;
  knownAt: string;
  suppressedBelow?: number;
  disclosure?: DisclosureDescription;
  previous: GovernmentActionFigures & { period: string; from: string; to: string };
}

/**
 * The report for `period` as the record stood at `knownAt`, with the previous period beside it.
 * `events` are every case's report events (any order); `donor` (the disclosure rule) when a donor asks.
 */
export function governmentActionReport(
  events: readonly ReportEvent[],
  period: ReportingPeriod,
  knownAt: string,
  donor: DisclosureRule | null,
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
    const [from, to] = [Date.parse(p.from), Date.parse(p.to)];
    const figures = governmentActionFigures(cases, from, to);
    return donor ? { ...figures, victims: donorVictimFigures(victimRecords(cases, from, to), donor) } : figures;
  };
  const previous = previousPeriod(period);
  return {
    period: period.name,
    from: period.from,
    to: period.to,
    knownAt,
    ...figuresFor(period),
    ...(donor ? { suppressedBelow: SUPPRESSED_BELOW, disclosure: donor.description } : {}),
    previous: { period: previous.name, from: previous.from, to: previous.to, ...figuresFor(previous) },
  };
}

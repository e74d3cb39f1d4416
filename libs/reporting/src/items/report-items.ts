import { figureValues } from '../claims/figure-values';
import { changingEvents, type ChangingEvent } from '../claims/changing-events';
import { isVictimFigure, type DisclosureRule } from '../disclosure';
import { asKnownAt, type ReportEvent } from '../report-event';
import type { ReportingPeriod } from '../reporting-period';
import { caseItems, type CountedItem } from './case-items';
import { figureItems } from './figure-items';

/**
 * What the figure at `path` counted in `period`, as the record stood at `knownAt` (`now`: the server's time);
 * null for a path that is no figure of the report.
 */
export function reportItems(events: readonly ReportEvent[], period: ReportingPeriod, path: string, knownAt: string, now: string): CountedItem[] | null {
  const byCase = new Map<string, ReportEvent[]>();
  for (const event of asKnownAt(events, Date.parse(knownAt))) {
    const list = byCase.get(event.caseId) ?? [];
    list.push(event);
    byCase.set(event.caseId, list);
  }
  const cases = [...byCase].map(([caseId, caseEvents]) => caseItems(caseId, caseEvents));
  const [from, to] = [Date.parse(period.from), Date.parse(period.to)];
  const flagsAt = Math.min(to - 1, Date.parse(knownAt), Date.parse(now));
  return figureItems(cases, path, from, to, flagsAt);
}

/** A figure that differs between two knownAt moments, and the events recorded in between that explain it. */
export interface FigureChange {
  readonly figure: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly events: readonly ChangingEvent[];
}

/**
 * Every figure of `period` that differs between knownAt `from` and knownAt `to`. For a donor, figures about
 * victims are compared as the disclosure rule gives them, and name no event.
 */
export function reportChanges(
  events: readonly ReportEvent[],
  period: ReportingPeriod,
  from: string,
  to: string,
  now: string,
  donor: DisclosureRule | null,
): FigureChange[] {
  const before = figureValues(events, { period }, from, now, donor);
  const after = figureValues(events, { period }, to, now, donor);
  const changed = [...after.keys()].filter((path) => before.get(path) !== after.get(path)).sort();
  if (changed.length === 0) return [];
  const explained = changingEvents(events, { period }, from, to, now);
  return changed.map((figure) => ({
    figure,
    before: before.get(figure) ?? null,
    after: after.get(figure) ?? null,
    events: donor && isVictimFigure(figure) ? [] : (explained.get(figure) ?? []),
  }));
}

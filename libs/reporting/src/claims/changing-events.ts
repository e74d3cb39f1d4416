import type { ReportEvent } from '../report-event';
import { figureValues, type FigureQuestion } from './figure-values';

/** An event recorded between two moments that changed a figure (a late record, a correction). */
export interface ChangingEvent {
  readonly eventId: string;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

const inRecordingOrder = (a: ReportEvent, b: ReportEvent) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt) || a.version - b.version;

/**
 * For each figure the question asks, the events recorded after `from` and by `to` that changed it. Each case
 * is replayed on its own, at `to`, from what was on its record at `from`, one late event at a time: an event is
 * named for every figure of its case it moved. Figures that moved with time alone (a flag raised by the day)
 * have no event to name.
 */
export function changingEvents(
  events: readonly ReportEvent[],
  question: FigureQuestion,
  from: string,
  to: string,
  now: string,
): Map<string, ChangingEvent[]> {
  const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
  const late = new Map<string, ReportEvent[]>();
  const knownAtFrom = new Map<string, ReportEvent[]>();
  for (const event of events) {
    const recorded = Date.parse(event.recordedAt);
    const into = recorded <= fromMs ? knownAtFrom : recorded <= toMs ? late : null;
    if (!into) continue;
    const list = into.get(event.caseId) ?? [];
    list.push(event);
    into.set(event.caseId, list);
  }
  const named = new Map<string, ReportEvent[]>();
  for (const [caseId, caseLate] of late) {
    let known = knownAtFrom.get(caseId) ?? [];
    let before = figureValues(known, question, to, now);
    for (const event of [...caseLate].sort(inRecordingOrder)) {
      known = [...known, event];
      const after = figureValues(known, question, to, now);
      for (const [path, value] of after) if (before.get(path) !== value) named.set(path, [...(named.get(path) ?? []), event]);
      before = after;
    }
  }
  return new Map(
    [...named].map(([path, list]) => [
      path,
      [...list].sort(inRecordingOrder).map(({ eventId, type, occurredAt, recordedAt }) => ({ eventId, type, occurredAt, recordedAt })),
    ]),
  );
}

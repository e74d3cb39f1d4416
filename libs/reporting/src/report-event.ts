import { decodeCaseEvent, effectiveEvents, isCaseEventType, type StoredCaseEvent } from '@casetrail/domain';

/** An event as the report reads it: no personal data, times as recorded. */
export interface ReportEvent {
  readonly eventId: string;
  readonly caseId: string;
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

const inStreamOrder = (a: ReportEvent, b: ReportEvent) => a.caseId.localeCompare(b.caseId) || a.version - b.version;

/**
 * The record as it stood at `knownAt`: events recorded by then, with the corrections recorded by then
 * applied to what they correct (the domain's overlay: data merged, `occurredAt` moved). Corrections
 * themselves are dropped.
 */
export function asKnownAt(events: readonly ReportEvent[], knownAt: number): ReportEvent[] {
  const known = events.filter((e) => Date.parse(e.recordedAt) <= knownAt).sort(inStreamOrder);
  return effectiveEvents(known.map(decodeCaseEvent))
    .filter(({ event }) => event.type !== 'EventCorrected')
    .map(({ event, original, correctedBy: _, ...row }) => ({
      ...row,
      type: event.type,
      occurredAt: event.data.occurredAt === original.data.occurredAt ? row.occurredAt : event.data.occurredAt,
      data: event.data,
    }));
}

/**
 * The report's row as a domain event, for what reads domain events (the red flags). The row lacks
 * the free text the read model leaves out; nothing that reads it here looks at free text.
 */
export function storedCaseEvent(row: ReportEvent): StoredCaseEvent[] {
  if (!isCaseEventType(row.type)) return [];
  const { eventId, event } = decodeCaseEvent({ eventId: row.eventId, type: row.type, data: { ...row.data, occurredAt: row.occurredAt } });
  return [{ eventId, event }];
}

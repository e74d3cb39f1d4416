import type { RecordedEvent } from '@casetrail/event-store';

interface Correction {
  readonly correctedEventId: string;
  readonly changes: Readonly<Record<string, unknown>>;
}

const isCorrection = (event: RecordedEvent) => event.type === 'EventCorrected';

/** When each event occurred once the corrections among `events` are applied. */
function effectiveOccurredAt(events: readonly RecordedEvent[]): Map<string, string> {
  const occurredAt = new Map(events.map((e) => [e.eventId, e.occurredAt]));
  for (const event of events.filter(isCorrection)) {
    const { correctedEventId, changes } = event.data as unknown as Correction;
    if (typeof changes.occurredAt === 'string' && occurredAt.has(correctedEventId)) {
      occurredAt.set(correctedEventId, changes.occurredAt);
    }
  }
  return occurredAt;
}

/**
 * The world as it stood at `asOf`, as known now: the events that (as corrected) occurred by then,
 * with the corrections that apply to them.
 */
export function occurredBy(events: readonly RecordedEvent[], asOf: string): RecordedEvent[] {
  const limit = Date.parse(asOf);
  const occurredAt = effectiveOccurredAt(events);
  const kept = new Set(
    events.filter((e) => !isCorrection(e) && Date.parse(occurredAt.get(e.eventId)!) <= limit).map((e) => e.eventId),
  );
  return events.filter((e) =>
    isCorrection(e) ? kept.has((e.data as unknown as Correction).correctedEventId) : kept.has(e.eventId),
  );
}

import type { AppendResult, NewEvent } from '../port/event-store.port';
import type { StoredCaseEvent } from './case-event';

/** Why the server refused an append, told from the stream as it is now. */
export type Refusal =
  | { readonly kind: 'already_appended'; readonly stored: readonly StoredCaseEvent[] }
  | { readonly kind: 'reused_event_id'; readonly eventId: string }
  | { readonly kind: 'version_conflict' };

/**
 * Are these stored events exactly this append: the same ids in the same order and the same content,
 * written together by one append of the same size? Anything less is a reuse of event ids.
 */
export function isThisAppend(stored: readonly StoredCaseEvent[], batch: readonly NewEvent[]): boolean {
  return (
    stored.length === batch.length &&
    stored.every(({ recorded, append }, index) => {
      const event = batch[index]!;
      return (
        append !== null && append.index === index && append.count === batch.length &&
        recorded.eventId === event.eventId &&
        recorded.type === event.type &&
        recorded.schemaVersion === event.schemaVersion &&
        JSON.stringify(recorded.data) === JSON.stringify(event.data) &&
        recorded.occurredAt === event.occurredAt &&
        recorded.actor.userId === event.actor.userId &&
        recorded.actor.role === event.actor.role &&
        recorded.correlationId === event.correlationId &&
        recorded.causationId === event.causationId
      );
    })
  );
}

/** The first of the batch's event ids found among the stored events, if any. */
export function reusedEventId(stored: readonly StoredCaseEvent[], batch: readonly NewEvent[]): string | null {
  const storedIds = new Set(stored.map(({ recorded }) => recorded.eventId));
  return batch.find((event) => storedIds.has(event.eventId))?.eventId ?? null;
}

/**
 * Reads a refusal against the whole stream: the batch stored before (a retry that lost a race or
 * came after the stream moved on), some of its ids stored otherwise, or none of them (a conflict).
 */
export function explainRefusal(stream: readonly StoredCaseEvent[], batch: readonly NewEvent[]): Refusal {
  const start = stream.findIndex(({ recorded }) => recorded.eventId === batch[0]!.eventId);
  const candidate = start < 0 ? [] : stream.slice(start, start + batch.length);
  if (isThisAppend(candidate, batch)) return { kind: 'already_appended', stored: candidate };
  const eventId = reusedEventId(stream, batch);
  return eventId === null ? { kind: 'version_conflict' } : { kind: 'reused_event_id', eventId };
}

/** The port's answer for events appended (or found appended) together, in version order. */
export function toAppendResult(stored: readonly StoredCaseEvent[]): AppendResult {
  const events = stored.map(({ recorded }) => recorded);
  const last = events[events.length - 1]!;
  return {
    streamKind: last.streamKind, streamId: last.streamId, nextVersion: last.version, position: last.position,
    globalPosition: last.globalPosition, events,
  };
}

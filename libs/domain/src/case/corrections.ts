import type { CaseEvent, StoredCaseEvent } from './events';

/** A stored event as it reads once every correction aimed at it is applied. */
export type EffectiveCaseEvent = StoredCaseEvent &
  Readonly<{
    /** The event as originally recorded. */
    original: CaseEvent;
    /** Ids of the EventCorrected events applied to it, oldest first. */
    correctedBy: readonly string[];
  }>;

/** Corrections never target these; a correction aimed at one is ignored. */
export function isCorrectable(event: CaseEvent): boolean {
  return event.type !== 'EventCorrected' && event.type !== 'PersonalDataErased';
}

/** The event with `changes` laid over its data (callers have checked the changes fit its type). */
export function withChanges(event: CaseEvent, changes: Readonly<Record<string, unknown>>): CaseEvent {
  return { type: event.type, data: { ...event.data, ...changes } } as CaseEvent;
}

/**
 * The history with corrections applied: each corrected event carries its data merged with every
 * correction aimed at it, in stream order (a later correction wins); the EventCorrected events
 * stay in place, unchanged.
 */
export function effectiveEvents(history: readonly StoredCaseEvent[]): EffectiveCaseEvent[] {
  const pending = new Map<string, { changes: Record<string, unknown>; ids: string[] }>();
  for (const { eventId, event } of history) {
    if (event.type !== 'EventCorrected') continue;
    const target = pending.get(event.data.correctedEventId) ?? { changes: {}, ids: [] };
    pending.set(event.data.correctedEventId, {
      changes: { ...target.changes, ...event.data.changes },
      ids: [...target.ids, eventId],
    });
  }
  return history.map(({ eventId, event }) => {
    const correction = pending.get(eventId);
    if (correction === undefined || !isCorrectable(event)) {
      return { eventId, event, original: event, correctedBy: [] };
    }
    return { eventId, event: withChanges(event, correction.changes), original: event, correctedBy: correction.ids };
  });
}

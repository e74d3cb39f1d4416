import { instantOf } from '../time';
import type { CaseEvent, CaseEventDataOf, CaseEventType, EventCorrectedData, StoredCaseEvent } from './events';

/**
 * The correction overlay: the one place that says how an EventCorrected changes what it corrects.
 * The folds, the rules, time travel (`occurredBy`), the report (`asKnownAt`) and the read models all
 * read corrections through it.
 */

/** What one EventCorrected says, typed by the event it corrects: its changes are fields of that event. */
export type Correction = {
  [T in CaseEventType]: Readonly<{ correctedEventId: string; correctedType: T; changes: Partial<CaseEventDataOf<T>> }>;
}[CaseEventType];

/** A stored event as it reads once every correction aimed at it is applied. */
export type Effective<R extends StoredCaseEvent> = R &
  Readonly<{
    event: CaseEvent;
    /** The event as originally recorded. */
    original: CaseEvent;
    /** Ids of the EventCorrected events applied to it, oldest first. */
    correctedBy: readonly string[];
  }>;

export type EffectiveCaseEvent = Effective<StoredCaseEvent>;

/** Corrections never target these; a correction aimed at one is ignored. */
export function isCorrectable(event: CaseEvent): boolean {
  return event.type !== 'EventCorrected' && event.type !== 'PersonalDataErased';
}

/** A correction's changes typed by the type it corrects (the rules admitted only that type's fields). */
export function correctionOf(data: EventCorrectedData): Correction {
  return { correctedEventId: data.correctedEventId, correctedType: data.correctedType, changes: data.changes } as Correction;
}

function withChanges(event: CaseEvent, changes: Readonly<Record<string, unknown>>): CaseEvent {
  return { type: event.type, data: { ...event.data, ...changes } } as CaseEvent;
}

/**
 * The history with corrections applied: each corrected event carries its data merged with every
 * correction aimed at it, in stream order (a later correction wins); the EventCorrected events
 * stay in place, unchanged. Records keep their other fields (a store's metadata rides along).
 */
export function effectiveEvents<R extends StoredCaseEvent>(history: readonly R[]): Effective<R>[] {
  const pending = new Map<string, { changes: Record<string, unknown>; ids: string[] }>();
  for (const { eventId, event } of history) {
    if (event.type !== 'EventCorrected') continue;
    const target = pending.get(event.data.correctedEventId) ?? { changes: {}, ids: [] };
    pending.set(event.data.correctedEventId, { changes: { ...target.changes, ...event.data.changes }, ids: [...target.ids, eventId] });
  }
  return history.map((record) => {
    const correction = pending.get(record.eventId);
    if (correction === undefined || !isCorrectable(record.event)) {
      return { ...record, original: record.event, correctedBy: [] };
    }
    return { ...record, event: withChanges(record.event, correction.changes), original: record.event, correctedBy: correction.ids };
  });
}

/**
 * The world as it stood at `asOf`, as known now: the events that (as corrected) occurred by then,
 * with the corrections aimed at them.
 */
export function occurredBy<R extends StoredCaseEvent>(history: readonly R[], asOf: string): R[] {
  const limit = instantOf(asOf);
  const kept = new Set(
    effectiveEvents(history)
      .filter(({ event }) => event.type !== 'EventCorrected' && instantOf(event.data.occurredAt) <= limit)
      .map(({ eventId }) => eventId),
  );
  return history.filter(({ eventId, event }) => kept.has(event.type === 'EventCorrected' ? event.data.correctedEventId : eventId));
}

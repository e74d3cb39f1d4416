import type { RecordedEvent } from '@casetrail/event-store';

export interface TimelineEntry {
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly position: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: { readonly userId: string; readonly role: string };
  readonly correlationId: string;
  readonly data: Record<string, unknown>;
  /** Corrections of this event, in the order they were recorded. */
  readonly correctedBy: { eventId: string; recordedAt: string; reason: unknown; changes: unknown }[];
}

/** Personal details never appear on a timeline, not even sealed: only which fields were given. */
function redact(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const personal = data.personal;
  if (!personal || typeof personal !== 'object') return { ...data };
  return { ...data, personal: { sealed: true, fields: Object.keys(personal).sort() } };
}

/** Every event in order, each with the corrections that point at it. */
export function toTimeline(events: readonly RecordedEvent[]): TimelineEntry[] {
  const entries = events.map(
    (e): TimelineEntry => ({
      eventId: e.eventId,
      type: e.type,
      version: e.version,
      position: Number(e.position),
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      actor: { userId: e.actor.userId, role: e.actor.role },
      correlationId: e.correlationId,
      data: redact(e.data),
      correctedBy: [],
    }),
  );
  const byId = new Map(entries.map((entry) => [entry.eventId, entry]));
  for (const e of events) {
    if (e.type !== 'EventCorrected') continue;
    byId.get(String(e.data.correctedEventId))?.correctedBy.push({
      eventId: e.eventId,
      recordedAt: e.recordedAt,
      reason: e.data.reason,
      changes: e.data.changes,
    });
  }
  return entries;
}

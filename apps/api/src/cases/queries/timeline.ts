import type { TimelineCorrection, TimelineEntry } from '@casetrail/contract';
import type { RecordedEvent } from '@casetrail/event-store';

/** Personal details never appear on a timeline, not even sealed: only which fields were given. */
function redact(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const personal = data.personal;
  if (!personal || typeof personal !== 'object') return { ...data };
  return { ...data, personal: { sealed: true, fields: Object.keys(personal).sort() } };
}

/** The corrections of each event, by the corrected event's id, in the order they were recorded. */
function correctionsOf(events: readonly RecordedEvent[]): Map<string, TimelineCorrection[]> {
  const corrections = new Map<string, TimelineCorrection[]>();
  for (const e of events) {
    if (e.type !== 'EventCorrected') continue;
    const corrected = String(e.data.correctedEventId);
    corrections.set(corrected, [...(corrections.get(corrected) ?? []), { eventId: e.eventId, recordedAt: e.recordedAt, reason: e.data.reason, changes: e.data.changes }]);
  }
  return corrections;
}

/** Every event in order, each with the corrections that point at it. */
export function toTimeline(events: readonly RecordedEvent[]): TimelineEntry[] {
  const corrections = correctionsOf(events);
  return events.map((e) => ({
    eventId: e.eventId,
    type: e.type,
    version: e.version,
    position: Number(e.position),
    occurredAt: e.occurredAt,
    recordedAt: e.recordedAt,
    actor: { userId: e.actor.userId, role: e.actor.role },
    correlationId: e.correlationId,
    data: redact(e.data),
    correctedBy: corrections.get(e.eventId) ?? [],
  }));
}

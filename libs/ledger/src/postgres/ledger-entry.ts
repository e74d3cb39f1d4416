import type { RecordedEvent } from '@casetrail/event-store';
import { canonicalJsonBytes } from '../jcs/canonical-json';

/**
 * The bytes leaf n of the ledger hashes: the event's identity, place, meaning, times, actor and
 * data as stored, in RFC 8785 canonical JSON. Personal data is in the data only in its sealed
 * form, so an erasure (which destroys the key, not the event) leaves every leaf verifiable.
 * The sealer and the auditor both call this, and nothing else, to build an entry.
 */
export function ledgerEntry(event: RecordedEvent): Uint8Array {
  return canonicalJsonBytes({
    eventId: event.eventId,
    streamId: event.streamId,
    version: event.version,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: { userId: event.actor.userId, role: event.actor.role },
    data: event.data,
  });
}

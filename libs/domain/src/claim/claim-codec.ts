import { UndecodableEvent, type EventRecord } from '../streams';
import { CLAIM_EVENT_SCHEMA_VERSION, isClaimEventType, type ClaimEvent } from './claim-events';

/** A stored record with its claim event decoded, the store's metadata beside it. */
export type DecodedClaimRecord<R extends EventRecord> = Omit<R, 'type' | 'data'> & { readonly event: ClaimEvent };

/** Is the record one of a claim stream? */
export function isClaimRecord<R extends EventRecord>(record: R): record is R & { readonly streamKind: 'claim' } {
  return record.streamKind === 'claim';
}

/** The one place a stored record becomes a claim event; throws UndecodableEvent for another kind or an unknown type. */
export function decodeClaimEvent<R extends EventRecord>(record: R): DecodedClaimRecord<R> {
  const { type, data, ...rest } = record;
  if (record.streamKind !== 'claim') throw new UndecodableEvent(`event ${record.eventId} is not of a claim stream`);
  if (!isClaimEventType(type)) throw new UndecodableEvent(`event ${record.eventId} has the unknown claim event type ${type}`);
  return { ...rest, event: { type, data } as unknown as ClaimEvent };
}

/** A decided claim event as the store keeps it. */
export function encodeClaimEvent(event: ClaimEvent) {
  return { type: event.type, schemaVersion: CLAIM_EVENT_SCHEMA_VERSION[event.type], occurredAt: event.data.madeAt, data: { ...event.data } };
}

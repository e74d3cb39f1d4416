import { createHash, randomBytes } from 'node:crypto';
import type { RecordedEvent } from '@casetrail/event-store';
import { canonicalJsonBytes } from '../jcs/canonical-json';

/** Bytes of a leaf's salt: random per leaf, so that no private value can be guessed from its commitment. */
export const SALT_SIZE = 32;

/** Prefixed to what the private commitment hashes, so it can never collide with any other hash of the ledger. */
export const PRIVATE_COMMITMENT_DOMAIN = 'casetrail/leaf/v2/private\n';

const DOMAIN_BYTES = new TextEncoder().encode(PRIVATE_COMMITMENT_DOMAIN);

/** A fresh salt for a leaf about to be sealed. */
export function newLeafSalt(): Uint8Array {
  return new Uint8Array(randomBytes(SALT_SIZE));
}

/**
 * A leaf's private part: the whole event as stored (identity, stream, place, meaning, times, actor,
 * data with any personal data in its sealed form), in RFC 8785 canonical JSON. An erasure destroys a
 * key, not the event, so every private part stays verifiable.
 */
export function privatePartBytes(event: RecordedEvent): Uint8Array {
  return canonicalJsonBytes({
    eventId: event.eventId,
    streamKind: event.streamKind,
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

/** SHA-256(domain ‖ salt ‖ private part): what the leaf's entry holds in place of the private part. */
export function privateCommitment(salt: Uint8Array, privatePart: Uint8Array): Uint8Array {
  if (salt.length !== SALT_SIZE) throw new RangeError(`a leaf's salt has ${SALT_SIZE} bytes, not ${salt.length}`);
  return createHash('sha256').update(DOMAIN_BYTES).update(salt).update(privatePart).digest();
}

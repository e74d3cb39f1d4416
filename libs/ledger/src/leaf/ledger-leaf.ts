import type { RecordedEvent } from '@casetrail/event-store';
import { toBase64 } from '../encoding';
import { canonicalJsonBytes } from '../jcs/canonical-json';
import { leafHash } from '../merkle/hashing';
import { privateCommitment, privatePartBytes } from './private-part';
import { publicPartOf, type PublicPart } from './public-part';

/** The leaf format this ledger writes, in every entry as `"v"`. */
export const LEAF_FORMAT_VERSION = 2;

/** Everything about one event's leaf: what is hashed, and the parts it commits to. */
export interface LedgerLeaf {
  /** The bytes the leaf hashes: canonical JSON `{"commitment","public","v"}`. */
  readonly entry: Uint8Array;
  readonly leafHash: Uint8Array;
  readonly publicPart: PublicPart;
  /** SHA-256 of the domain, the salt and the private part. */
  readonly commitment: Uint8Array;
  /** The private part's canonical bytes: for the roles that may read the timeline, never for a donor. */
  readonly privatePart: Uint8Array;
  readonly salt: Uint8Array;
}

/** The entry that commits to `publicPart` and, through `commitment`, to a private part. */
export function entryBytes(publicPart: PublicPart, commitment: Uint8Array): Uint8Array {
  return canonicalJsonBytes({ v: LEAF_FORMAT_VERSION, public: publicPart, commitment: toBase64(commitment) });
}

/**
 * Leaf n of the ledger for the event sealed as leaf n with this salt. The sealer and the auditor both
 * call this, and nothing else, to build a leaf.
 */
export function ledgerLeaf(event: RecordedEvent, salt: Uint8Array): LedgerLeaf {
  const privatePart = privatePartBytes(event);
  const commitment = privateCommitment(salt, privatePart);
  const publicPart = publicPartOf(event);
  const entry = entryBytes(publicPart, commitment);
  return { entry, leafHash: leafHash(entry), publicPart, commitment, privatePart, salt };
}

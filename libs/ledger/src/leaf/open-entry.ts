import { bytesEqual, decodeUtf8, fromBase64 } from '../encoding';
import { MalformedError } from '../errors';
import { canonicalJsonBytes } from '../jcs/canonical-json';
import { HASH_SIZE } from '../merkle/hashing';
import { LEAF_FORMAT_VERSION } from './ledger-leaf';
import { privateCommitment } from './private-part';

/** A leaf entry read back: its public part (null: a leaf that shows only that it exists) and its commitment. */
export interface OpenedEntry {
  readonly publicPart: Readonly<Record<string, unknown>> | null;
  readonly commitment: Uint8Array;
}

/**
 * Reads an entry of leaf format 2, refusing anything that is not exactly its canonical form (so one
 * leaf has one spelling). Says nothing about whether the leaf is in a tree.
 */
export function openLedgerEntry(entry: Uint8Array): OpenedEntry {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeUtf8(entry));
  } catch {
    throw new MalformedError('the entry is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new MalformedError('the entry is not a JSON object');
  const { v, public: publicPart, commitment, ...rest } = parsed as Record<string, unknown>;
  if (v !== LEAF_FORMAT_VERSION) throw new MalformedError(`the entry is not of leaf format ${LEAF_FORMAT_VERSION} (v: ${JSON.stringify(v)})`);
  if (Object.keys(rest).length > 0) throw new MalformedError(`the entry has unknown members: ${Object.keys(rest).join(', ')}`);
  if (publicPart !== null && (typeof publicPart !== 'object' || Array.isArray(publicPart))) {
    throw new MalformedError('the entry\'s public part is neither an object nor null');
  }
  if (typeof commitment !== 'string') throw new MalformedError('the entry has no commitment');
  const committed = fromBase64(commitment);
  if (committed.length !== HASH_SIZE) throw new MalformedError(`the commitment has ${committed.length} bytes, not ${HASH_SIZE}`);
  if (!bytesEqual(canonicalJsonBytes(parsed), entry)) throw new MalformedError('the entry is not in canonical form (RFC 8785)');
  return { publicPart: publicPart as Readonly<Record<string, unknown>> | null, commitment: committed };
}

/** True when `privatePart` with `salt` is what the entry's commitment commits to. */
export function opensCommitment(opened: OpenedEntry, privatePart: Uint8Array, salt: Uint8Array): boolean {
  try {
    return bytesEqual(privateCommitment(salt, privatePart), opened.commitment);
  } catch {
    return false;
  }
}

import { createHmac } from 'node:crypto';

/** A number in [0, 1) that only someone holding the secret can compute from a set of records. */
export type CellKey = (records: readonly string[]) => number;

const KEY_BYTES = 6;
const KEY_RANGE = 2 ** (8 * KEY_BYTES);

/**
 * The cell key of the Australian Bureau of Statistics' method: a keyed hash of the set of records a figure
 * counts (their ids, order and repeats ignored). The same contents always give the same key, whatever the
 * figure, period, scope or moment asked; contents that differ by one record give keys unrelated to each other.
 */
export function cellKeyOf(secret: Uint8Array): CellKey {
  if (secret.length < 32) throw new RangeError(`a cell-key secret is at least 32 bytes, got ${secret.length}`);
  return (records) => {
    const hmac = createHmac('sha256', secret);
    // Length-prefixed, so no two different sets of ids hash the same bytes.
    for (const id of [...new Set(records)].sort()) hmac.update(`${id.length}:${id};`);
    return hmac.digest().readUIntBE(0, KEY_BYTES) / KEY_RANGE;
  };
}

/** The secret of the cell keys, derived from key material the service already keeps (e.g. the ledger key). */
export function cellKeySecretFrom(keyMaterial: string | Uint8Array): Uint8Array {
  return createHmac('sha256', keyMaterial).update('casetrail/disclosure/cell-key/v1').digest();
}

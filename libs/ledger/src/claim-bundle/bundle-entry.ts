import { fromBase64 } from '../encoding';
import { canonicalJsonBytes } from '../jcs/canonical-json';
import { HASH_SIZE } from '../merkle/hashing';
import { LEAF_FORMAT_VERSION } from '../leaf/ledger-leaf';
import type { BundleLeaf } from './bundle-format';

/** The entry bytes a bundle leaf stands for: JCS of `{commitment, public, v: 2}` (docs/verification.md 2.1). */
export function bundleEntryBytes([commitment, publicPart]: BundleLeaf, index: number): Uint8Array {
  if (fromBase64(commitment).length !== HASH_SIZE) throw new Error(`leaf ${index}: the commitment is not ${HASH_SIZE} bytes`);
  return canonicalJsonBytes({ commitment, public: publicPart, v: LEAF_FORMAT_VERSION });
}

import { bytesEqual } from '../encoding';
import { HASH_SIZE, nodeHash } from './hashing';
import { half, isOdd, isPowerOfTwo, isTreeSize } from './tree-math';

const allHashes = (hashes: readonly Uint8Array[]): boolean => hashes.every((h) => h instanceof Uint8Array && h.length === HASH_SIZE);

/**
 * RFC 9162 section 2.1.3.2, step for step. Beyond the RFC it also refuses hashes that are not
 * 32 bytes (otherwise an empty leaf and an empty root would "prove" a one-leaf tree).
 * Never throws: anything malformed is simply not a proof.
 */
export function verifyInclusion(
  leafHash: Uint8Array,
  index: number,
  size: number,
  auditPath: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isTreeSize(index) || !isTreeSize(size) || !Array.isArray(auditPath)) return false;
  if (!allHashes([leafHash, root, ...auditPath])) return false;
  // 1. leaf_index must be below tree_size.
  if (index >= size) return false;
  // 2-3.
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  // 4.
  for (const p of auditPath) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  return sn === 0 && bytesEqual(r, root);
}

/**
 * RFC 9162 section 2.1.4.2, step for step, for 0 < m < n. The RFC leaves the trivial cases to
 * the caller; here m === n holds when the proof is empty and the roots are equal, and m === 0
 * holds when the proof is empty (the empty tree is a prefix of every tree; C2SP tlog-witness
 * requires an empty proof from old size 0).
 */
export function verifyConsistency(
  m: number,
  n: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isTreeSize(m) || !isTreeSize(n) || !Array.isArray(proof) || m > n) return false;
  if (m === n) {
    return proof.length === 0 && oldRoot instanceof Uint8Array && newRoot instanceof Uint8Array && bytesEqual(oldRoot, newRoot);
  }
  if (m === 0) return proof.length === 0;
  if (!allHashes([oldRoot, newRoot, ...proof])) return false;
  // 1.
  if (proof.length === 0) return false;
  // 2.
  const path = isPowerOfTwo(m) ? [oldRoot, ...proof] : [...proof];
  // 3.
  let fn = m - 1;
  let sn = n - 1;
  // 4.
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  let fr = path[0]!;
  let sr = path[0]!;
  // 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7.
  return sn === 0 && bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot);
}

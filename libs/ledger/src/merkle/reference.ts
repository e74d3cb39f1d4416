import { emptyRoot, nodeHash } from './hashing';
import { largestPowerOfTwoBelow } from './tree-math';

/**
 * MTH(D[n]) exactly as RFC 9162 section 2.1.1 defines it, over already-hashed leaves.
 * O(n): the reference the incremental structures are checked against, not for production paths.
 */
export function rootFromLeafHashes(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return emptyRoot();
  return subtreeRoot(leaves, 0, leaves.length);
}

function subtreeRoot(leaves: readonly Uint8Array[], start: number, end: number): Uint8Array {
  if (end - start === 1) return leaves[start]!;
  const k = largestPowerOfTwoBelow(end - start);
  return nodeHash(subtreeRoot(leaves, start, start + k), subtreeRoot(leaves, start + k, end));
}

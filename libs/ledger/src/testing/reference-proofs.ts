import { rootFromLeafHashes } from '../merkle/reference';
import { largestPowerOfTwoBelow } from '../merkle/tree-math';

/** PATH(m, D[n]) of RFC 9162 section 2.1.3.1, written as the RFC's recursion over leaf hashes. */
export function referenceInclusionPath(m: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  const n = leaves.length;
  if (n === 1) return [];
  const k = largestPowerOfTwoBelow(n);
  if (m < k) return [...referenceInclusionPath(m, leaves.slice(0, k)), rootFromLeafHashes(leaves.slice(k))];
  return [...referenceInclusionPath(m - k, leaves.slice(k)), rootFromLeafHashes(leaves.slice(0, k))];
}

/** PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of RFC 9162 section 2.1.4.1, for 0 < m < n. */
export function referenceConsistencyProof(m: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  return subproof(m, leaves, true);
}

function subproof(m: number, leaves: readonly Uint8Array[], b: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return b ? [] : [rootFromLeafHashes(leaves)];
  const k = largestPowerOfTwoBelow(n);
  if (m <= k) return [...subproof(m, leaves.slice(0, k), b), rootFromLeafHashes(leaves.slice(k))];
  return [...subproof(m - k, leaves.slice(k), false), rootFromLeafHashes(leaves.slice(0, k))];
}

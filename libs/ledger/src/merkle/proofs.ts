import { HASH_SIZE, emptyRoot, nodeHash } from './hashing';
import { nodeKey, type NodeSource } from './node-source';
import { assertTreeSize, isPowerOfTwo, largestPowerOfTwoBelow, log2Exact, type NodeId } from './tree-math';

/** How to compute one proof element: a stored perfect subtree, or the node hash of two such plans. */
type HashPlan = NodeId | { readonly left: HashPlan; readonly right: HashPlan };

/**
 * MTH(D[start:end]) as stored nodes. Within the RFC 9162 recursion every power-of-two range
 * starts at a multiple of its width, so it is one stored node; other ranges split at k.
 */
function planRange(start: number, end: number): HashPlan {
  const width = end - start;
  if (isPowerOfTwo(width)) {
    if (start % width !== 0) throw new Error(`unaligned subtree [${start}, ${end})`);
    return { level: log2Exact(width), index: start / width };
  }
  const k = largestPowerOfTwoBelow(width);
  return { left: planRange(start, start + k), right: planRange(start + k, end) };
}

/** PATH(m, D[n]) of RFC 9162 section 2.1.3.1, leaf level first. */
function inclusionPlan(index: number, size: number): HashPlan[] {
  const topDown: HashPlan[] = [];
  let start = 0;
  let end = size;
  let m = index;
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start);
    if (m < k) {
      topDown.push(planRange(start + k, end));
      end = start + k;
    } else {
      topDown.push(planRange(start, start + k));
      m -= k;
      start += k;
    }
  }
  return topDown.reverse();
}

/** SUBPROOF(m, D[n], true) of RFC 9162 section 2.1.4.1, for 0 < m < n, deepest first. */
function consistencyPlan(m: number, n: number): HashPlan[] {
  const topDown: HashPlan[] = [];
  let start = 0;
  let end = n;
  let oldWidth = m;
  let oldIsWholeSubtree = true;
  for (;;) {
    if (oldWidth === end - start) {
      if (!oldIsWholeSubtree) topDown.push(planRange(start, end));
      break;
    }
    const k = largestPowerOfTwoBelow(end - start);
    if (oldWidth <= k) {
      topDown.push(planRange(start + k, end));
      end = start + k;
    } else {
      topDown.push(planRange(start, start + k));
      oldWidth -= k;
      start += k;
      oldIsWholeSubtree = false;
    }
  }
  return topDown.reverse();
}

async function evaluate(plans: readonly HashPlan[], source: NodeSource): Promise<Uint8Array[]> {
  const wanted = new Map<string, NodeId>();
  const collect = (plan: HashPlan): void => {
    if ('left' in plan) {
      collect(plan.left);
      collect(plan.right);
    } else wanted.set(nodeKey(plan), plan);
  };
  plans.forEach(collect);
  if (wanted.size === 0) return [];
  const ids = [...wanted.values()];
  const hashes = await source.getNodeHashes(ids);
  if (hashes.length !== ids.length) throw new Error(`node source returned ${hashes.length} hashes for ${ids.length} nodes`);
  const byKey = new Map<string, Uint8Array>();
  ids.forEach((id, i) => {
    const hash = hashes[i]!;
    if (hash.length !== HASH_SIZE) throw new Error(`node source returned a ${hash.length}-byte hash for ${nodeKey(id)}`);
    byKey.set(nodeKey(id), hash);
  });
  const hashOf = (plan: HashPlan): Uint8Array =>
    'left' in plan ? nodeHash(hashOf(plan.left), hashOf(plan.right)) : byKey.get(nodeKey(plan))!;
  return plans.map(hashOf);
}

/** The audit path for leaf `index` in the tree of `size` leaves (RFC 9162 section 2.1.3.1). */
export async function inclusionProof(index: number, size: number, source: NodeSource): Promise<Uint8Array[]> {
  assertTreeSize('index', index);
  assertTreeSize('size', size);
  if (index >= size) throw new RangeError(`leaf index ${index} is not below tree size ${size}`);
  return evaluate(inclusionPlan(index, size), source);
}

/**
 * The consistency proof from size m to size n (RFC 9162 section 2.1.4.1). Empty when m is 0
 * or m equals n: there is nothing to prove (as C2SP tlog-witness expects for old size 0).
 */
export async function consistencyProof(m: number, n: number, source: NodeSource): Promise<Uint8Array[]> {
  assertTreeSize('m', m);
  assertTreeSize('n', n);
  if (m > n) throw new RangeError(`old size ${m} is above new size ${n}`);
  if (m === 0 || m === n) return [];
  return evaluate(consistencyPlan(m, n), source);
}

/** The root hash of the tree at `size` (any size up to the stored one), from stored nodes. */
export async function treeRoot(size: number, source: NodeSource): Promise<Uint8Array> {
  assertTreeSize('size', size);
  if (size === 0) return emptyRoot();
  const [root] = await evaluate([planRange(0, size)], source);
  return root!;
}

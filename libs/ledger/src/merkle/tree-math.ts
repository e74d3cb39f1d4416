/** A perfect subtree: the 2^level leaves starting at index * 2^level. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

// Arithmetic rather than bitwise operators: JavaScript bit operations truncate to 32 bits,
// and tree sizes are allowed up to Number.MAX_SAFE_INTEGER.

export function isTreeSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export function assertTreeSize(name: string, n: number): void {
  if (!isTreeSize(n)) throw new RangeError(`${name} must be a non-negative safe integer, got ${n}`);
}

export function isOdd(n: number): boolean {
  return n % 2 === 1;
}

export function half(n: number): number {
  return Math.floor(n / 2);
}

export function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  while (n % 2 === 0) n /= 2;
  return n === 1;
}

/** The k of RFC 9162 section 2.1.1: the largest power of two strictly smaller than n (n >= 2). */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function log2Exact(powerOfTwo: number): number {
  let level = 0;
  for (let p = powerOfTwo; p > 1; p /= 2) level++;
  return level;
}

/** The perfect subtrees covering [0, size), largest (leftmost) first: one per set bit of size. */
export function frontierNodeIds(size: number): NodeId[] {
  const ids: NodeId[] = [];
  let start = 0;
  for (let width = highestPowerOfTwoAtMost(size); width >= 1; width /= 2) {
    if (size - start >= width) {
      ids.push({ level: log2Exact(width), index: start / width });
      start += width;
    }
  }
  return ids;
}

function highestPowerOfTwoAtMost(n: number): number {
  if (n < 1) return 0;
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return p;
}

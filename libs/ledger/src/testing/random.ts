import { leafHash } from '../merkle/hashing';

/** Deterministic PRNG (mulberry32) so property-test failures reproduce. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(random() * (maxInclusive - minInclusive + 1));
}

/** Distinct, recognisable leaves: the hash of "entry <i>". */
export function makeLeafHashes(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => leafHash(new TextEncoder().encode(`entry ${i}`)));
}

export function flipBit(bytes: Uint8Array, byte = 0, mask = 0x08): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[byte] = copy[byte]! ^ mask;
  return copy;
}

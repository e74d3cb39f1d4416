import { seededRandom } from '@casetrail/domain';
import { leafHash } from '../merkle/hashing';

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

export { seededRandom };

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unwrapDataKey } from '@casetrail/personal-data';

const WRAPPED_DATA_KEY_BYTES = 12 + 32 + 16; // iv, key, tag

function* filesUnder(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * An attacker's search of a copied data folder: every place the person's subjectRef occurs in any file (heap
 * pages, WAL, indexes, old row versions included), and every 60-byte window near it, tried as their wrapped
 * data key under each candidate wrapping key. Returns the data key found, or null.
 */
export function findDataKeyInRawFiles(folder: string, subjectRef: string, wrappingKeys: readonly Buffer[]): Buffer | null {
  const needle = Buffer.from(subjectRef, 'utf8');
  for (const file of filesUnder(folder)) {
    const bytes = readFileSync(file);
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
      const from = Math.max(0, at - 256);
      const to = Math.min(bytes.length - WRAPPED_DATA_KEY_BYTES, at + needle.length + 512);
      for (let start = from; start <= to; start++) {
        const candidate = bytes.subarray(start, start + WRAPPED_DATA_KEY_BYTES);
        for (const key of wrappingKeys) {
          try {
            return unwrapDataKey(key, Buffer.from(candidate), subjectRef);
          } catch {
            // not a key wrapped by this one, here
          }
        }
      }
    }
  }
  return null;
}

import { Readable } from 'node:stream';
import { readSealedLeaves, toBase64 } from '@casetrail/ledger';
import type { Pool } from 'pg';

/** Leaves read per query: a long export holds one batch at a time. */
const BATCH = 1000;

/** One NDJSON line per sealed leaf, `{leafIndex, eventId, entry}`, from `from` for at most `limit` leaves, in leaf order. */
export function sealedLogLines(pool: Pool, from: number, limit: number): Readable {
  const end = from + limit;
  async function* lines(): AsyncGenerator<string> {
    for (let next = from; next < end; ) {
      const upTo = Math.min(next + BATCH, end);
      const leaves = await readSealedLeaves(pool, next, upTo);
      let text = '';
      for (const leaf of leaves.values()) text += JSON.stringify({ leafIndex: leaf.leafIndex, eventId: leaf.eventId, entry: toBase64(leaf.entry) }) + '\n';
      if (text) yield text;
      if (leaves.size < upTo - next) return; // the end of what is sealed
      next = upTo;
    }
  }
  return Readable.from(lines(), { objectMode: false });
}

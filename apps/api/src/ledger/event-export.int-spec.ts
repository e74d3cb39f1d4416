import { randomUUID } from 'node:crypto';
import { text } from 'node:stream/consumers';
import type { TestDatabase } from '../../../../test/support/test-database';
import { createLedgerTestDatabase } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { sealedLogLines } from './event-export';

const LEAVES = 2503;

/** The lines as the export writes them, read back. */
const linesOf = async (from: number, limit: number, db: TestDatabase) =>
  (await text(sealedLogLines(db.pool, from, limit))).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { leafIndex: number; eventId: string; entry: string });

describe('the sealed log as NDJSON lines, read from ledger_leaves in batches of 1,000', () => {
  let db: TestDatabase;
  const eventIds: string[] = [];

  beforeAll(async () => {
    db = await createLedgerTestDatabase();
    const rows = Array.from({ length: LEAVES }, (_, n) => {
      eventIds.push(randomUUID());
      return [n, eventIds[n]!, Buffer.alloc(32, n % 251), Buffer.alloc(32, 7), Buffer.from(`entry ${n}`)] as const;
    });
    for (let at = 0; at < rows.length; at += 500) {
      const chunk = rows.slice(at, at + 500);
      await db.pool.query(
        `INSERT INTO ledger_leaves (leaf_index, event_id, leaf_hash, salt, entry)
         SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::bytea[], $4::bytea[], $5::bytea[])`,
        [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2]), chunk.map((r) => r[3]), chunk.map((r) => r[4])],
      );
    }
  }, 60_000);
  afterAll(() => db.close());

  it('given no bounds, writes every leaf in order, across batches, each entry as the base64 of its bytes', async () => {
    const lines = await linesOf(0, 100_000, db);
    expect(lines.map((line) => line.leafIndex)).toEqual(Array.from({ length: LEAVES }, (_, n) => n));
    expect(lines.map((line) => line.eventId)).toEqual(eventIds);
    expect(Buffer.from(lines[1234]!.entry, 'base64').toString()).toBe('entry 1234');
  });

  it.each([
    [999, 3], [1000, 1], [0, 1000], [0, 1001], [1500, 1000], [2500, 10], [2503, 5], [4000, 5],
  ])('given from %i and limit %i, writes exactly that window of what is sealed', async (from, limit) => {
    const lines = await linesOf(from, limit, db);
    const expected = Array.from({ length: Math.max(0, Math.min(from + limit, LEAVES) - from) }, (_, n) => from + n);
    expect(lines.map((line) => line.leafIndex)).toEqual(expected);
  });
});

import { inTransaction } from '@casetrail/database';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { BatchedWrites } from './batched-writes';

/** Values as a projection passes them: each must land exactly as the same statement with $n parameters would store it. */
const VALUES: unknown[][] = [
  ['plain', 1, true, null, new Date('2021-05-01T10:00:00.123Z'), { a: [1, 'two'], b: null }],
  [`it's "quoted" \\ back\\slash $1 ;-- DROP TABLE x`, -42, false, 'Ŝ é 🎉', new Date('1999-12-31T23:59:59.000Z'), ['x', "y'z"]],
  ['', 0, true, '', new Date('2021-01-01T00:00:00+02:00'), {}],
];

describe('batched writes: one round trip, the same rows as parameters would write', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    for (const table of ['by_parameters', 'batched']) {
      await db.pool.query(`CREATE TABLE ${table} (n serial PRIMARY KEY, t text, i integer, b boolean, o text, at timestamptz, j jsonb)`);
    }
  });
  afterAll(() => db.close());

  it('given tricky values, stores them exactly as the parameterised statements do, and a read sees the held writes', async () => {
    const insert = (table: string) => `INSERT INTO ${table} (t, i, b, o, at, j) VALUES ($1, $2, $3, $4, $5, $6)`;
    for (const values of VALUES) await db.pool.query(insert('by_parameters'), values.map((v) => (typeof v === 'object' && v && !(v instanceof Date) ? JSON.stringify(v) : v)));
    const seen = await inTransaction(db.pool, async (client) => {
      const writes = new BatchedWrites(client);
      for (const values of VALUES) {
        const result = await writes.query(insert('batched'), values.map((v) => (typeof v === 'object' && v && !(v instanceof Date) ? JSON.stringify(v) : v)));
        expect(result.rows).toEqual([]); // held, not sent
      }
      const { rows } = await writes.query<{ n: number }>('SELECT count(*)::int AS n FROM batched');
      await writes.flush();
      return rows[0]!.n;
    });
    expect(seen).toBe(VALUES.length);
    const rows = async (table: string) => (await db.pool.query(`SELECT t, i, b, o, at, j FROM ${table} ORDER BY n`)).rows;
    expect(await rows('batched')).toEqual(await rows('by_parameters'));
  });

  it('given a bulk write (array parameters) after held writes, sends it with its parameters after them, in order', async () => {
    await db.pool.query('TRUNCATE batched');
    await inTransaction(db.pool, async (client) => {
      const writes = new BatchedWrites(client);
      await writes.query('INSERT INTO batched (t, i) VALUES ($1, $2)', ['held first', 1]);
      const bulk = await writes.query('INSERT INTO batched (t, i) SELECT * FROM unnest($1::text[], $2::int[])', [["bulk 'a'", 'bulk "b"'], [2, 3]]);
      expect(bulk.rowCount).toBe(2); // sent at once, not held
      await writes.query('INSERT INTO batched (t, i) VALUES ($1, $2)', ['held last', 4]);
      await writes.flush();
    });
    const { rows } = await db.pool.query('SELECT t, i FROM batched ORDER BY n');
    expect(rows).toEqual([
      { t: 'held first', i: 1 }, { t: "bulk 'a'", i: 2 }, { t: 'bulk "b"', i: 3 }, { t: 'held last', i: 4 },
    ]);
  });

  it('given a failing held write, the flush fails and the transaction stores nothing', async () => {
    await expect(
      inTransaction(db.pool, async (client) => {
        const writes = new BatchedWrites(client);
        await writes.query('INSERT INTO batched (t, i) VALUES ($1, $2)', ['kept?', 1]);
        await writes.query('INSERT INTO batched (t, i) VALUES ($1, $2)', ['not a number', 'x']);
        await writes.flush();
      }),
    ).rejects.toThrow();
    expect((await db.pool.query("SELECT count(*)::int AS n FROM batched WHERE t = 'kept?'")).rows[0].n).toBe(0);
  });
});

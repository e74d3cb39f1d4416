import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { WrongExpectedVersionError } from '../port/errors';
import { describeEventStoreContract, newEvent } from '../port/testing/event-store.contract';
import { listenForEvents } from './listen-for-events';
import { PostgresEventStore } from './postgres-event-store';

describeEventStoreContract(process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PostgreSQL (PGlite)', async () => {
  const db = await createTestDatabase();
  const store = new PostgresEventStore(db.pool, { prepare: !!process.env.DATABASE_URL });
  return {
    store,
    close: async () => {
      await store.close();
      await db.close();
    },
  };
});

describe('the PostgreSQL events table', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    await store.appendToStream('case-1', 'no_stream', [newEvent(), newEvent()]);
  });
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  it.each([
    ["UPDATE events SET type = 'Rewritten'"],
    ["UPDATE events SET data = '{}' WHERE version = 1"],
    ['DELETE FROM events'],
    ['TRUNCATE events'],
  ])('refuses %s issued straight in SQL', async (sql) => {
    await expect(db.pool.query(sql)).rejects.toThrow(/append-only/);
    const events = await store.readStream('case-1');
    expect(events.map((e) => e.type)).toEqual(['Happened', 'Happened']);
  });

  it('reports two writers racing for the same version as a conflict, never as a unique violation', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => store.appendToStream('case-1', 2, [newEvent()])),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError);
    expect((await store.readStream('case-1')).map((e) => e.version)).toEqual([1, 2, 3]);
  });
});

// Skipped on the embedded database: it has no other process to tell (the store never announces there), and
// pglite-socket serves every connection from one session, so a LISTEN on one connection hears nothing apart.
(process.env.DATABASE_URL ? describe : describe.skip)('announcing commits to other processes (PostgreSQL)', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.close());

  /** Resolves with the number of notifications heard within `ms` by a listener on its own connection. */
  async function heard(work: () => Promise<void>, ms = 1500): Promise<number> {
    let count = 0;
    const listener = listenForEvents(db.url, () => void count++);
    await new Promise((resolve) => setTimeout(resolve, 300)); // LISTEN issued
    await work();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await listener.close();
    return count;
  }

  it('given appends in its own transactions, a listener elsewhere hears of them, coalesced', async () => {
    const store = new PostgresEventStore(db.pool, { announce: true });
    const count = await heard(async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendToStream(`case-${i}`, 'no_stream', [newEvent()])));
    });
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThan(20);
    await store.close();
  });

  it("given an append in the caller's transaction, nothing is heard until the caller announces its commit", async () => {
    const store = new PostgresEventStore(db.pool, { announce: true });
    const client = await db.pool.connect();
    expect(
      await heard(async () => {
        await client.query('BEGIN');
        await store.appendToStream('case-x', 'no_stream', [newEvent()], { client });
        await client.query('COMMIT');
      }),
    ).toBe(0);
    client.release();
    expect(await heard(async () => store.announceCommit())).toBe(1);
    await store.close();
  });

  it('given announce off (the embedded database), nothing is sent', async () => {
    const store = new PostgresEventStore(db.pool);
    expect(await heard(async () => void (await store.appendToStream('case-y', 'no_stream', [newEvent()])))).toBe(0);
    await store.close();
  });
});

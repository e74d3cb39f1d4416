import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { WrongExpectedVersionError } from '../errors';
import { describeEventStoreContract, newEvent } from '../testing/event-store.contract';
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

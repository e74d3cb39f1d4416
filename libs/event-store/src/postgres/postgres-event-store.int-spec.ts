import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../port/errors';
import type { StreamName } from '../port/streams';
import { describeEventStoreContract, newEvent } from '../port/testing/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

const CASE_1: StreamName = { kind: 'case', id: 'case-1' };

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
    await store.appendToStream(CASE_1, 'no_stream', [newEvent(), newEvent()]);
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
    const events = await store.readStream(CASE_1);
    expect(events.map((e) => e.type)).toEqual(['Happened', 'Happened']);
  });

  it('reports two writers racing for the same version as a conflict, never as a unique violation', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => store.appendToStream(CASE_1, 2, [newEvent()])),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError);
    expect((await store.readStream(CASE_1)).map((e) => e.version)).toEqual([1, 2, 3]);
  });
});

describe('the common append', () => {
  it('given the stream at the expected version, stores the events in one statement, no transaction opened', async () => {
    const db = await createTestDatabase();
    const calls: string[] = [];
    // The pool as the store sees it, counting what the store asks of it (the database behind is the real one).
    const counted = new Proxy(db.pool, {
      get(pool, name) {
        const value = Reflect.get(pool, name, pool) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (name === 'query' || name === 'connect') calls.push(String(name));
          return (value as (...a: unknown[]) => unknown).apply(pool, args);
        };
      },
    });
    const store = new PostgresEventStore(counted);
    try {
      await store.appendToStream(CASE_1, 'no_stream', [newEvent()]);
      calls.length = 0;
      const appended = await store.appendToStream(CASE_1, 1, [newEvent(), newEvent()]);
      expect(appended.nextVersion).toBe(3);
      expect(calls).toEqual(['query']);
    } finally {
      await store.close();
      await db.close();
    }
  });
});

describe('sessions: appends sharing a transaction with other writes', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  const rows = async () => (await db.pool.query('SELECT note FROM beside ORDER BY note')).rows.map((r) => r.note);

  beforeEach(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    await db.pool.query('CREATE TABLE beside (note text)');
  });
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  it('given work that resolves, commits the events and the writes beside them together', async () => {
    const appended = await store.withSession(async (session) => {
      const result = await session.appendToStream(CASE_1, 'no_stream', [newEvent(), newEvent()]);
      await session.client.query("INSERT INTO beside VALUES ('kept')");
      return result;
    });
    expect(appended.nextVersion).toBe(2);
    expect(await store.readStream(CASE_1)).toEqual(appended.events);
    expect(await rows()).toEqual(['kept']);
  });

  it('given work that throws after appending, keeps neither the events nor the writes', async () => {
    const failure = new Error('a later step failed');
    const batch = [newEvent()];
    await expect(store.withSession(async (session) => {
      await session.appendToStream(CASE_1, 'no_stream', batch);
      await session.client.query("INSERT INTO beside VALUES ('lost')");
      throw failure;
    })).rejects.toBe(failure);
    expect(await store.readStream(CASE_1)).toEqual([]);
    expect(await store.readEvent(batch[0]!.eventId)).toBeNull();
    expect(await rows()).toEqual([]);
  });

  it('given a stale version, throws WrongExpectedVersionError (version unknown inside the session) and stores nothing', async () => {
    await store.appendToStream(CASE_1, 'no_stream', [newEvent()]);
    const conflict = store.withSession(async (session) => {
      await session.client.query("INSERT INTO beside VALUES ('lost')");
      return session.appendToStream(CASE_1, 0, [newEvent()]);
    });
    await expect(conflict).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(conflict).rejects.toMatchObject({ stream: CASE_1, expected: 0 });
    expect(await store.readStream(CASE_1)).toHaveLength(1);
    expect(await rows()).toEqual([]);
  });

  it('given the same append retried in a session, answers as the first time', async () => {
    const batch = [newEvent(), newEvent()];
    const first = await store.appendToStream(CASE_1, 'no_stream', batch);
    expect(await store.withSession((session) => session.appendToStream(CASE_1, 'no_stream', batch))).toEqual(first);
    await expect(store.withSession((session) => session.appendToStream({ kind: 'claim', id: 'case-1' }, 'any', batch)))
      .rejects.toBeInstanceOf(DuplicateEventIdError);
  });

  it('given one transaction that appended to two streams, refuses an event of one retried as if in the other', async () => {
    const [inCase, inOtherCase, inClaim] = [newEvent(), newEvent(), newEvent()];
    await store.withSession(async (session) => {
      await session.appendToStream(CASE_1, 'no_stream', [inCase]);
      await session.appendToStream({ kind: 'case', id: 'case-2' }, 'no_stream', [inOtherCase]);
      await session.appendToStream({ kind: 'claim', id: 'case-1' }, 'no_stream', [inClaim]);
    });
    // Each of the other streams holds one event of that transaction: only the stream's own name tells them apart.
    await expect(store.appendToStream({ kind: 'case', id: 'case-2' }, 'any', [inCase])).rejects.toBeInstanceOf(DuplicateEventIdError);
    await expect(store.appendToStream({ kind: 'claim', id: 'case-1' }, 'any', [inCase])).rejects.toBeInstanceOf(DuplicateEventIdError);
    expect((await store.readStream({ kind: 'case', id: 'case-2' })).map((e) => e.eventId)).toEqual([inOtherCase.eventId]);
  });
});

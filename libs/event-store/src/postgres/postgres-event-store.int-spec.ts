import { randomUUID } from 'node:crypto';
import { named, untilListening } from '../../../../test/support/listening';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../port/errors';
import type { StreamName } from '../port/streams';
import { describeEventStoreContract, newEvent } from '../port/testing/event-store.contract';
import { EVENTS_CHANNEL, listenForEvents } from './listen-for-events';
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
    const name = `listener-${randomUUID()}`;
    const listener = listenForEvents(named(db.url, name), () => void count++);
    await untilListening(db.pool, name, EVENTS_CHANNEL);
    await work();
    await new Promise((resolve) => setTimeout(resolve, ms));
    await listener.close();
    return count;
  }

  it('given appends in its own transactions, a listener elsewhere hears of them, coalesced', async () => {
    const store = new PostgresEventStore(db.pool, { announce: true });
    const count = await heard(async () => {
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendToStream({ kind: 'case', id: `case-${i}` }, 'no_stream', [newEvent()])));
    });
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThan(20);
    await store.close();
  });

  it('given an append in a session, it is heard once the session commits, and not for a session rolled back', async () => {
    const store = new PostgresEventStore(db.pool, { announce: true });
    const refused = new Error('rolled back');
    const rolledBack = store.withSession(async (session) => {
      await session.appendToStream({ kind: 'case', id: 'x' }, 'no_stream', [newEvent()]);
      throw refused;
    });
    expect(await heard(async () => void (await rolledBack.catch(() => undefined)))).toBe(0);
    expect(await heard(async () => {
      await store.withSession((session) => session.appendToStream({ kind: 'case', id: 'x' }, 'no_stream', [newEvent()]));
    })).toBe(1);
    await store.close();
  });

  it('given announce off (the embedded database), nothing is sent', async () => {
    const store = new PostgresEventStore(db.pool);
    expect(await heard(async () => void (await store.appendToStream({ kind: 'case', id: 'y' }, 'no_stream', [newEvent()])))).toBe(0);
    await store.close();
  });
});

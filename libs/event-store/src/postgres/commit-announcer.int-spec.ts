import { randomUUID } from 'node:crypto';
import { named, untilListening } from '../../../../test/support/listening';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { newEvent } from '../port/testing/event-store.contract';
import { EVENTS_CHANNEL, listenForEvents } from './listen-for-events';
import { PostgresEventStore } from './postgres-event-store';

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

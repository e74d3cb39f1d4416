import type { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { WrongExpectedVersionError } from '../port/errors';
import type { NewEvent } from '../port/event-store.port';
import type { StreamName } from '../port/streams';
import { newEvent } from '../port/testing/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

const CASE_1: StreamName = { kind: 'case', id: 'case-1' };

/** Resolves once a connection to this database waits on a lock: the losing append is blocked on the winner's row. */
async function untilWaitingOnLock(pool: Pool, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await pool.query(
      "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error(`no append waited on a lock within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * An append that loses the race for its version, made certain: a session holds the stream's next version uncommitted,
 * the append under test starts and blocks on that row, and only then the session commits (the embedded PGlite serves
 * one transaction at a time and cannot race: PostgreSQL only).
 */
(process.env.DATABASE_URL ? describe : describe.skip)('an append that loses the race for its version (PostgreSQL only)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase(4);
    store = new PostgresEventStore(db.pool);
    await store.appendToStream(CASE_1, 'no_stream', [newEvent(), newEvent()]);
  });
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  async function loseTo<T>(winner: readonly NewEvent[], loser: () => Promise<T>): Promise<T> {
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const session = store.withSession(async (s) => {
      await s.appendToStream(CASE_1, 2, winner);
      held();
      await committing;
    });
    await holding;
    const outcome = loser().then((value) => ({ value }), (error: unknown) => ({ error }));
    await untilWaitingOnLock(db.pool);
    commit();
    await session;
    const settled = await outcome;
    if ('error' in settled) throw settled.error;
    return settled.value;
  }

  it('given an exact version, refuses the loser with the version the winner left, storing nothing of it', async () => {
    const loser = newEvent();
    const refused = loseTo([newEvent()], () => store.appendToStream(CASE_1, 2, [loser]));
    await expect(refused).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(refused).rejects.toMatchObject({ expected: 2, actual: 3 });
    expect(await store.readEvent(loser.eventId)).toBeNull();
  });

  it('given any, lands the loser after the winner', async () => {
    const appended = await loseTo([newEvent()], () => store.appendToStream(CASE_1, 'any', [newEvent()]));
    expect(appended.nextVersion).toBe(4);
    expect((await store.readStream(CASE_1)).map((e) => e.version)).toEqual([1, 2, 3, 4]);
  });

  it('given the very same append, answers the loser with what the winner stored', async () => {
    const batch = [newEvent(), newEvent()];
    const retried = await loseTo(batch, () => store.appendToStream(CASE_1, 2, batch));
    expect(retried.events.map((e) => [e.eventId, e.version])).toEqual(batch.map((e, i) => [e.eventId, 3 + i]));
    expect(await store.readStream(CASE_1)).toHaveLength(4);
  });
});

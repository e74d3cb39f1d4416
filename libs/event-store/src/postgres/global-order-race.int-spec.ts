import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { WrongExpectedVersionError } from '../port/errors';
import type { RecordedEvent } from '../port/event-store.port';
import { newEvent } from '../port/testing/event-store.contract';
import { PostgresEventStore } from './postgres-event-store';

const onServer = !!process.env.DATABASE_URL;
const REPEAT = Number(process.env.RACE_REPEAT ?? 1);
const WRITERS = 8;
const APPENDS_PER_WRITER = 40;
const STREAMS = 12;
class RolledBack extends Error {}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Transactions commit out of order: a reader that pages by sequence alone skips the events of a
 * transaction that commits late. This needs concurrent transactions, so it runs against PostgreSQL
 * (the embedded PGlite serves one transaction at a time and cannot race).
 */
(onServer ? describe : describe.skip)('the global order under racing writers (PostgreSQL only)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase(WRITERS + 4);
    store = new PostgresEventStore(db.pool, { prepare: true });
  });
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  async function writer(id: number, committed: Set<string>, rolledBack: Set<string>): Promise<void> {
    for (let n = 0; n < APPENDS_PER_WRITER; n++) {
      const stream = { kind: 'case', id: `race-${(id * 7 + n) % STREAMS}` } as const;
      const events = [newEvent('Raced', { writer: id, n }), ...(n % 3 === 0 ? [newEvent('Raced', { writer: id, n, second: true })] : [])];
      const rollBack = n % 7 === 3;
      try {
        await store.withSession(async (session) => {
          await session.appendToStream(stream, 'any', events);
          if (n % 5 === 0) await sleep(20 + ((id * 13 + n) % 60)); // hold the transaction open before committing
          if (rollBack) throw new RolledBack();
        });
        events.forEach((e) => committed.add(e.eventId));
      } catch (error) {
        if (error instanceof RolledBack) events.forEach((e) => rolledBack.add(e.eventId));
        else if (error instanceof WrongExpectedVersionError) n--; // lost the race for this stream's next version: try again
        else throw error;
      }
    }
  }

  for (let run = 1; run <= REPEAT; run++) {
    it(`a live reader sees every committed event exactly once, no rolled-back one, streams in order (run ${run} of ${REPEAT})`, async () => {
      const seen: RecordedEvent[] = [];
      const committed = new Set<string>();
      const rolledBack = new Set<string>();
      let writing = true;
      // A live reader pages through the global order while the writers run, and after they are done until it
      // has seen every committed event (the horizon is the whole server's: other databases' transactions can
      // hold it back for a while).
      const reader = (async () => {
        const deadline = Date.now() + 20_000;
        while ((writing || seen.length < committed.size) && Date.now() < deadline) {
          const page = await store.readAll({ after: seen.at(-1)?.globalPosition ?? null, limit: 50 });
          seen.push(...page);
          if (page.length === 0) await sleep(5);
        }
        // Anything beyond what was committed would show up here.
        seen.push(...(await store.readAll({ after: seen.at(-1)?.globalPosition ?? null })));
      })();
      await Promise.all(Array.from({ length: WRITERS }, (_, id) => writer(id, committed, rolledBack)));
      writing = false;
      await reader;

      const ids = seen.map((e) => e.eventId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.filter((id) => rolledBack.has(id))).toEqual([]);
      expect(new Set(ids)).toEqual(committed);
      expect(rolledBack.size).toBeGreaterThan(0);
      const byStream = new Map<string, number[]>();
      for (const e of seen) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e.version]);
      for (const [, seenVersions] of byStream) {
        expect(seenVersions).toEqual(seenVersions.map((_, i) => i + 1));
      }
    }, 60_000);
  }
});

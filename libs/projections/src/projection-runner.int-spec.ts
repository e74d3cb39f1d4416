import { randomUUID } from 'node:crypto';
import { EVENTS_CHANNEL, PostgresEventStore, type NewEvent } from '@casetrail/event-store';
import { named, untilListening } from '../../../test/support/listening';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { activateGeneration, applyNextBatch, buildingGeneration, generationsOf } from './generations';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { rebuildProjection, rebuildProjections } from './rebuild';

/** Counts events per stream: easy to check for a missed or doubled event. */
const tally: Projection = {
  name: 'tally',
  tables: { streams: { columns: { stream_id: 'text', events: 'integer', last_version: 'integer' }, key: ['stream_id'] } },
  handles: new Set(['Counted']),
  async apply({ client, table }, event) {
    await client.query(
      `INSERT INTO ${table('streams')} VALUES ($1, 1, $2)
       ON CONFLICT (stream_id) DO UPDATE SET events = ${table('streams')}.events + 1, last_version = $2`,
      [event.streamId, event.version],
    );
  },
};

const counted = (): NewEvent => ({
  eventId: randomUUID(),
  type: 'Counted',
  schemaVersion: 1,
  occurredAt: '2021-11-08T09:30:00+02:00',
  data: { n: 1 },
  actor: { userId: 'tester', role: 'investigator' },
  correlationId: randomUUID(),
  causationId: null,
});

describe('projections: exactly once, live, and rebuilt without downtime', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeEach(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
  });
  afterEach(async () => {
    await store.close();
    await db.close();
  });

  async function appendMany(streams: number, perStream: number, writer: PostgresEventStore = store): Promise<void> {
    for (let s = 0; s < streams; s++) {
      await writer.appendToStream({ kind: 'case', id: `stream-${s}` }, 'any', Array.from({ length: perStream }, counted));
    }
  }
  const rows = async () =>
    (await db.pool.query('SELECT stream_id, events, last_version FROM rm_tally_streams ORDER BY stream_id')).rows;
  /** The read model's rows once something was applied, or after 3 s. */
  async function rowsOnceApplied() {
    const deadline = Date.now() + 3000;
    while ((await rows()).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return rows();
  }

  it('given events before and after it starts, the runner applies each exactly once and follows live', async () => {
    await appendMany(5, 3);
    const runner = new ProjectionRunner(db.pool, store, [tally], { idleMs: 20 });
    await runner.start();
    await appendMany(5, 2);
    runner.wake();
    await runner.catchUp();
    await runner.stop();
    expect(await rows()).toEqual(Array.from({ length: 5 }, (_, s) => ({ stream_id: `stream-${s}`, events: 5, last_version: 5 })));
    expect((await runner.lag())[0]!.eventsBehind).toBe(0);
  });

  (process.env.DATABASE_URL ? it : it.skip)('given a commit by another process, a runner listening on PostgreSQL applies it without waiting for its poll', async () => {
    // Needs LISTEN/NOTIFY across connections: a PostgreSQL server, not the embedded database.
    // The other process's store announces its commits (as the API's does on PostgreSQL); ours is not told in-process.
    const elsewhere = new PostgresEventStore(db.pool, { announce: true });
    const name = `runner-${randomUUID()}`;
    const runner = new ProjectionRunner(db.pool, store, [tally], { idleMs: 60_000, listenUrl: named(db.url, name) });
    try {
      await runner.start();
      await untilListening(db.pool, name, EVENTS_CHANNEL);
      await appendMany(1, 1, elsewhere);
      expect(await rowsOnceApplied()).toEqual([{ stream_id: 'stream-0', events: 1, last_version: 1 }]);
    } finally {
      await runner.stop();
      await elsewhere.close();
    }
  });

  // Skipped on the embedded database, like the test above: LISTEN across connections needs a PostgreSQL server.
  (process.env.DATABASE_URL ? it : it.skip)('given a commit that nobody announces, a listening runner still applies it at its poll', async () => {
    const runner = new ProjectionRunner(db.pool, store, [tally], { idleMs: 500, listenUrl: db.url });
    try {
      await runner.start();
      await appendMany(1, 1, new PostgresEventStore(db.pool)); // another process's store, announcing nothing
      expect(await rowsOnceApplied()).toEqual([{ stream_id: 'stream-0', events: 1, last_version: 1 }]);
    } finally {
      await runner.stop();
    }
  });

  it('given two runners at once, no event is applied twice', async () => {
    await appendMany(10, 10);
    const one = new ProjectionRunner(db.pool, store, [tally], { idleMs: 10, batchSize: 7 });
    const two = new ProjectionRunner(db.pool, store, [tally], { idleMs: 10, batchSize: 7 });
    await Promise.all([one.start(), two.start()]);
    await Promise.all([one.catchUp(), two.catchUp()]);
    await Promise.all([one.stop(), two.stop()]);
    expect(await rows()).toEqual(Array.from({ length: 10 }, (_, s) => ({ stream_id: `stream-${s}`, events: 10, last_version: 10 })));
  });

  it('given a rebuild killed half way and run again, ends with the rows of an uninterrupted one, queries answering throughout', async () => {
    await appendMany(8, 25);
    const runner = new ProjectionRunner(db.pool, store, [tally], { idleMs: 10 });
    await runner.start();
    await runner.catchUp();
    await runner.stop();
    const expected = await rows();

    // A rebuild that dies after two batches: its generation is left half built, queries still see the old one.
    const building = await buildingGeneration(db.pool, tally);
    await applyNextBatch(db.pool, store, tally, building.generation, 30);
    await applyNextBatch(db.pool, store, tally, building.generation, 30);
    expect(await rows()).toEqual(expected);

    const progress: number[] = [];
    const result = await rebuildProjection(db.pool, store, tally, {
      batchSize: 30,
      totalEvents: async () => 200,
      onProgress: (p) => progress.push(p.done),
    });
    expect(result).toEqual({ projection: 'tally', generation: building.generation, events: 200, retired: 1 });
    expect(progress[0]).toBe(90);
    expect(progress[progress.length - 1]).toBe(200);
    expect(await rows()).toEqual(expected);
    expect((await generationsOf(db.pool, 'tally')).map((g) => [g.generation, g.status])).toEqual([
      [1, 'retired'],
      [2, 'active'],
    ]);
    const { rows: tables } = await db.pool.query("SELECT tablename FROM pg_tables WHERE tablename LIKE 'rm_tally_%' ORDER BY 1");
    expect(tables.map((t) => t.tablename)).toEqual(['rm_tally_streams_g2']);
  });

  it('given projections rebuilt together, one resumed half way and one fresh, each reads the log from its own checkpoint', async () => {
    const again: Projection = { ...tally, name: 'tally_again' };
    await appendMany(8, 25);
    const runner = new ProjectionRunner(db.pool, store, [tally, again], { idleMs: 10 });
    await runner.start();
    await runner.catchUp();
    await runner.stop();
    const viewRows = (view: string) => db.pool.query(`SELECT stream_id, events, last_version FROM ${view} ORDER BY stream_id`).then((r) => r.rows);
    const expected = await viewRows('rm_tally_streams');
    expect(await viewRows('rm_tally_again_streams')).toEqual(expected);

    const halfBuilt = await buildingGeneration(db.pool, tally);
    await applyNextBatch(db.pool, store, tally, halfBuilt.generation, 45);
    const progress: [string, number][] = [];
    const results = await rebuildProjections(db.pool, store, [tally, again], {
      batchSize: 30,
      totalEvents: async () => 200,
      onProgress: (p) => progress.push([p.projection, p.done]),
    });
    expect(results).toEqual([
      { projection: 'tally', generation: 2, events: 200, retired: 1 },
      { projection: 'tally_again', generation: 2, events: 200, retired: 1 },
    ]);
    expect(progress.filter(([name]) => name === 'tally')[0]).toEqual(['tally', 45]); // the first page held nothing past its checkpoint
    expect(progress.filter(([name]) => name === 'tally_again')[0]).toEqual(['tally_again', 30]);
    expect(await viewRows('rm_tally_streams')).toEqual(expected);
    expect(await viewRows('rm_tally_again_streams')).toEqual(expected);
    const { rows: applied } = await db.pool.query("SELECT projection, events_applied::int AS n FROM projection_generations WHERE status = 'active' ORDER BY 1");
    expect(applied).toEqual([{ projection: 'tally', n: 200 }, { projection: 'tally_again', n: 200 }]);
  });

  it('given events appended after the rebuild caught up, the live runner applies them to the new generation', async () => {
    await appendMany(2, 5);
    const runner = new ProjectionRunner(db.pool, store, [tally], { idleMs: 10 });
    await runner.start();
    const building = await buildingGeneration(db.pool, tally);
    while ((await applyNextBatch(db.pool, store, tally, building.generation, 100)).kind === 'advanced');
    await appendMany(2, 1);
    await activateGeneration(db.pool, tally, building.generation);
    await runner.catchUp();
    await runner.stop();
    expect((await rows()).map((r) => r.events)).toEqual([6, 6]);
  });
});

import { PostgresEventStore } from '@casetrail/event-store';
import { ProjectionRunner, rebuildProjections } from '@casetrail/projections';
import { FLAG_KINDS } from '@casetrail/reporting';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { snapshotReadModels } from '../../../test/support/read-model-snapshot';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { PROJECTIONS } from './projections';

const onServer = !!process.env.DATABASE_URL;
/** Concurrent writers need a real server; the embedded database serves one transaction at a time. */
const WRITERS = onServer ? 8 : 1;

describe('read models built live equal read models rebuilt from the first event', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await createTestDatabase(WRITERS + 4);
    store = new PostgresEventStore(db.pool);
  });
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  it(`given a randomized workload of 2,000+ events from ${WRITERS} writer(s) while the projections follow live, a rebuild matches row for row`, async () => {
    const runner = new ProjectionRunner(db.pool, store, PROJECTIONS, { idleMs: 5, batchSize: 200 });
    await runner.start();
    const loaded = await Promise.all(
      Array.from({ length: WRITERS }, (_, writer) =>
        loadSyntheticCases(store, {
          cases: Math.ceil(190 / WRITERS),
          seed: 1000 + writer,
          from: '2018-04-01T00:00:00+02:00',
          until: new Date('2024-06-30T00:00:00+02:00'),
          appendEachCommand: true,
          correctionRate: 0.2,
          correctAnyField: true,
        }),
      ),
    );
    const events = loaded.reduce((sum, l) => sum + l.events, 0);
    expect(events).toBeGreaterThanOrEqual(2000);
    await runner.catchUp();
    await runner.stop();
    const live = await snapshotReadModels(db.pool, PROJECTIONS);
    expect(live.rm_caseload_cases).toHaveLength(190 + (190 % WRITERS === 0 ? 0 : WRITERS - (190 % WRITERS)));
    expect(live.rm_government_action_events!.length).toBeGreaterThan(1000);
    // Every counted event carries its case's district, taken from the case's referral (as corrected).
    const { rows: misplaced } = await db.pool.query(
      `SELECT e.event_id FROM rm_government_action_events e
       JOIN rm_caseload_cases c ON c.case_id = e.case_id
       WHERE e.district <> c.district`,
    );
    expect(misplaced).toEqual([]);
    // The synthetic cases use every event type, so red flags of (nearly) every kind are raised: a fine in lieu of
    // prison after the 2021 amendment is rare enough to be missing from some workloads.
    const { rows: kinds } = await db.pool.query<{ kind: string }>('SELECT DISTINCT kind FROM rm_red_flags_flags ORDER BY kind');
    const raised = kinds.map((row) => row.kind);
    expect([...FLAG_KINDS].filter((kind) => !raised.includes(kind) && kind !== 'fine_in_lieu_after_amendment')).toEqual([]);

    // All at once, as `projections rebuild` does: one read of the log applied to every projection.
    await rebuildProjections(db.pool, store, PROJECTIONS, { batchSize: 250, totalEvents: async () => events });
    expect(await snapshotReadModels(db.pool, PROJECTIONS)).toEqual(live);
  }, 360_000); // 90-110 s on the embedded database with one other job on the machine; 190 s with two
});

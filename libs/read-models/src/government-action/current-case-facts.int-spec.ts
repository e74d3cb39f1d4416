import { PostgresEventStore } from '@casetrail/event-store';
import { ProjectionRunner } from '@casetrail/projections';
import { governmentActionReport, reportingPeriod } from '@casetrail/reporting';
import { emptyTally, newEvents, SeededRandom, syntheticCases } from '@casetrail/synthetic';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { PROJECTIONS } from '../projections';
import { countedEvents } from './government-action.facts';
import { GovernmentActionReports } from './government-action.query';

describe("the report as known now, from each case's kept facts", () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    runner = new ProjectionRunner(db.pool, store, PROJECTIONS, { idleMs: 5, batchSize: 200 });
    await runner.start();
  });
  afterAll(async () => {
    await runner.stop();
    await store.close();
    await db.close();
  });

  it('equals the report computed afresh from every row, round after round of cases written in turns (late records, corrections, districts moved)', async () => {
    const until = new Date('2024-06-30T00:00:00+02:00');
    const options = {
      from: Date.parse('2019-04-01T00:00:00+02:00'), until: until.getTime(), now: until.toISOString(),
      correctionRate: 0.5, correctAnyField: true,
    };
    const stories = [...syntheticCases(new SeededRandom(29), 30, options, emptyTally())];
    const reports = new GovernmentActionReports(db.pool);
    const compared: string[] = [];
    for (let round = 0; stories.some((story) => story.commands[round]); round++) {
      for (const { caseId, commands } of stories) {
        const command = commands[round];
        if (!command) continue;
        const version = commands.slice(0, round).reduce((n, c) => n + c.events.length, 0);
        await store.appendToStream({ kind: 'case', id: caseId }, version === 0 ? 'no_stream' : version, newEvents(command));
      }
      if (round % 4 !== 3) continue;
      await runner.catchUp();
      const now = new Date().toISOString();
      for (const district of [null, 'maseru', 'leribe'] as const) {
        for (const period of ['2021-22', '2023-24'].map(reportingPeriod)) {
          const kept = await reports.report({ period, knownAt: null, now, district, donor: null });
          const afresh = governmentActionReport(await countedEvents(db.pool, now, district), period, now, null, { district, now });
          expect({ ...kept, knownAt: now }).toEqual(afresh);
          compared.push(`${round} ${district} ${period.name}`);
        }
      }
    }
    expect(compared.length).toBeGreaterThanOrEqual(18);
    // Seed 29 moves four cases to another district after their facts were first kept.
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM rm_government_action_events WHERE type = 'EventCorrected' AND data->'changes' ? 'district'`,
    );
    expect(rows[0].n).toBeGreaterThan(0);
  }, 120_000);
});

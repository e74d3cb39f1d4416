import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent } from '@casetrail/event-store';
import { rebuildProjection, type Projection } from '@casetrail/projections';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { snapshotReadModels } from '../../../test/support/read-model-snapshot';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { PROJECTIONS } from './projections';
import { REFERENCE_PROJECTIONS } from './testing/per-event-reference';

/** A case told by hand: two district corrections, corrected service and decision, events after closure. */
function correctedCase(caseId: string): NewEvent[] {
  const ids = Array.from({ length: 16 }, () => randomUUID());
  const at = (day: number) => `2022-03-${String(day).padStart(2, '0')}T10:15:30.123456+02:00`;
  const correct = (n: number, eventId: string, correctedType: string, changes: Record<string, unknown>) =>
    ['EventCorrected', { occurredAt: at(n), correctedEventId: eventId, correctedType, reason: 'entered wrongly', changes }] as const;
  const events: (readonly [string, Record<string, unknown>])[] = [
    ['CaseReferred', { caseId, occurredAt: at(1), source: 'police', district: 'maseru', form: 'sex', summary: null }],
    ['InvestigationOpened', { occurredAt: at(2), unit: 'CGPU', leadOfficer: null }],
    correct(3, ids[0]!, 'CaseReferred', { district: 'leribe' }),
    ['SummonsIssued', { summonsRef: 'S1', suspectRef: 'A1', occurredAt: at(4), court: 'Maseru Magistrate', returnDate: '2022-04-01' }],
    correct(5, ids[0]!, 'CaseReferred', { district: 'berea', form: 'labour' }),
    ['SummonsServiceFailed', { summonsRef: 'S1', occurredAt: at(6), note: null }],
    ['SummonsServed', { summonsRef: 'S1', occurredAt: at(7), note: null }],
    correct(8, ids[6]!, 'SummonsServed', { occurredAt: at(9) }),
    correct(9, ids[3]!, 'SummonsIssued', { court: 'Berea Magistrate', returnDate: '2022-04-08', occurredAt: at(3) }),
    ['DocketSubmittedToDpp', { occurredAt: at(10) }],
    correct(11, ids[9]!, 'DocketSubmittedToDpp', { occurredAt: at(12) }),
    ['DppDecisionRecorded', { occurredAt: at(13), decision: 'prosecute', forum: null }],
    correct(14, ids[11]!, 'DppDecisionRecorded', { decision: 'decline' }),
    ['CaseClosed', { occurredAt: at(15), reason: 'declined' }],
    ['DppDecisionRecorded', { occurredAt: at(16), decision: 'further_investigation', forum: null }],
    ['SummonsServiceFailed', { summonsRef: 'S1', occurredAt: at(17), note: null }],
  ];
  return events.map(([type, data], i) => ({
    eventId: ids[i]!, type, schemaVersion: 1, occurredAt: String(data.occurredAt), data,
    actor: { userId: 'tester', role: 'investigator' }, correlationId: randomUUID(), causationId: null,
  }));
}

/** A claim made on day `n` of 2021-22, stating one figure. */
function claimMade(n: number): NewEvent {
  const madeAt = new Date(Date.parse('2021-04-01T09:00:00+02:00') + n * 86_400_000).toISOString();
  const assertions = [{ figure: 'dpp.casesPending', period: null, asOf: madeAt, district: null, value: n % 9 }];
  return {
    eventId: randomUUID(), type: 'ClaimMade', schemaVersion: 1, occurredAt: madeAt,
    data: { claimId: randomUUID(), madeAt, madeBy: `Minister ${n}`, source: 'Hansard', statement: 'Summonses have been issued.', assertions },
    actor: { userId: 'tester', role: 'coordinator' }, correlationId: randomUUID(), causationId: null,
  };
}

describe('each read model folds a batch into exactly the rows its events give one statement at a time', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let events: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    const loaded = await Promise.all([1, 2, 3].map((writer) =>
      loadSyntheticCases(store, {
        cases: 40, seed: 7100 + writer, from: '2018-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00+02:00'),
        appendEachCommand: true, correctionRate: 0.8, correctAnyField: true,
      })));
    const byHand = [correctedCase(randomUUID()), correctedCase(randomUUID())];
    for (const stream of byHand) await store.appendToStream({ kind: 'case', id: String(stream[0]!.data.caseId) }, 'no_stream', stream);
    // Claims are streams of their own among the cases: case read models pass them by, the claims register keeps them.
    const claims = Array.from({ length: 60 }, (_, n) => claimMade(n));
    for (const claim of claims) await store.appendToStream({ kind: 'claim', id: String(claim.data.claimId) }, 'no_stream', [claim]);
    events = loaded.reduce((sum, l) => sum + l.events, 0) + byHand.flat().length + claims.length;
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  const rebuilt = async (projection: Projection, batchSize: number) => {
    await rebuildProjection(db.pool, store, projection, { batchSize, totalEvents: async () => events });
    return snapshotReadModels(db.pool, [projection]);
  };

  it.each(PROJECTIONS.map((projection, i) => [projection.name, projection, REFERENCE_PROJECTIONS[i]!] as const))(
    'given %s, at batch sizes of 1, 7 and 1,000 events, then its rows equal the per-event reference',
    async (_name, projection, reference) => {
      expect(reference.name).toBe(projection.name);
      const expected = await rebuilt(reference, 1000);
      expect(Object.values(expected).flat().length).toBeGreaterThan(50);
      for (const batchSize of [1, 7, 1000]) expect(await rebuilt(projection, batchSize)).toEqual(expected);
    },
    120_000,
  );

  it('given the cases told by hand, then the corrections moved their districts, decisions, courts and times', async () => {
    const withS1 = `SELECT case_id FROM rm_case_list_cases, jsonb_array_elements(summonses) s WHERE s->>'summonsRef' = 'S1'`;
    const { rows } = await db.pool.query(
      `SELECT c.district, c.form, c.stage, l.district AS listed_district, s AS summons
       FROM rm_caseload_cases c JOIN rm_case_list_cases l USING (case_id), jsonb_array_elements(l.summonses) s
       WHERE s->>'summonsRef' = 'S1'`,
    );
    expect(rows).toEqual(Array.from({ length: 2 }, () => ({
      district: 'berea', form: 'labour', stage: 'closed', listed_district: 'berea',
      summons: expect.objectContaining({ court: 'Berea Magistrate', returnDate: '2022-04-08', attempts: 3 }),
    })));
    const { rows: copies } = await db.pool.query(
      `SELECT DISTINCT district FROM rm_government_action_events WHERE case_id IN (${withS1})`,
    );
    expect(copies).toEqual([{ district: 'berea' }]);
  });
});

import { randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent } from '@casetrail/event-store';
import { rebuildProjection, type Projection } from '@casetrail/projections';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { snapshotReadModels } from '../../../../test/support/read-model-snapshot';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { referenceCourtCalendarProjection } from '../testing/court-calendar-reference';
import { courtCalendarProjection } from './court-calendar.projection';
import { readCourtCalendarKnownAt } from './court-calendar.known-at';
import { readCourtCalendar } from './court-calendar.query';

const at = (day: number, hour = 10) => `2022-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+02:00`;

/** A case told by hand: every correction the calendar reads (return date, court, adjournedTo, times, district). */
function toldByHand(caseId: string): NewEvent[] {
  const ids = Array.from({ length: 13 }, () => randomUUID());
  const correct = (day: number, target: number, correctedType: string, changes: Record<string, unknown>) =>
    ['EventCorrected', { occurredAt: at(day), correctedEventId: ids[target]!, correctedType, reason: 'entered wrongly', changes }] as const;
  const events: (readonly [string, Record<string, unknown>])[] = [
    ['CaseReferred', { caseId, occurredAt: at(1), source: 'police', district: 'maseru', form: 'sex', summary: null }],
    ['SummonsIssued', { summonsRef: 'S1', suspectRef: 'A1', occurredAt: at(2), court: 'Maseru Magistrate', returnDate: '2022-04-01' }],
    ['AccusedAppeared', { suspectRef: 'A1', occurredAt: at(3), court: 'Berea Magistrate' }],
    ['HearingAdjourned', { suspectRef: 'A1', occurredAt: at(4), reason: 'no interpreter', adjournedTo: '2022-04-10' }],
    ['HearingAdjourned', { suspectRef: 'A1', occurredAt: at(5), reason: 'no interpreter', adjournedTo: null }],
    correct(6, 1, 'SummonsIssued', { returnDate: '2022-04-02', court: 'Leribe Magistrate' }),
    correct(7, 2, 'AccusedAppeared', { court: null, occurredAt: at(2, 9) }),
    correct(8, 3, 'HearingAdjourned', { adjournedTo: '2022-04-11' }),
    correct(9, 4, 'HearingAdjourned', { adjournedTo: '2022-04-12', occurredAt: at(5, 11) }),
    correct(10, 0, 'CaseReferred', { district: 'berea' }),
    ['AccusedAppeared', { suspectRef: 'A1', occurredAt: at(11), court: 'Mafeteng Magistrate' }],
    correct(12, 10, 'AccusedAppeared', { occurredAt: at(4, 9) }),
    correct(13, 3, 'HearingAdjourned', { reason: 'the magistrate was ill' }),
  ];
  return events.map(([type, data], i) => ({
    eventId: ids[i]!, type, schemaVersion: 1, occurredAt: String(data.occurredAt), data,
    actor: { userId: 'tester', role: 'court_clerk' }, correlationId: randomUUID(), causationId: null,
  }));
}

describe('the court calendar read model, given every correction it reads', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  const caseId = randomUUID();
  let events = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = new PostgresEventStore(db.pool);
    const stream = toldByHand(caseId);
    await store.appendToStream({ kind: 'case', id: caseId }, 'no_stream', stream);
    const synthetic = await loadSyntheticCases(store, {
      cases: 40, seed: 7301, from: '2018-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00+02:00'),
      appendEachCommand: true, correctionRate: 0.8, correctAnyField: true,
    });
    events = stream.length + synthetic.events;
  }, 120_000);
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  const rebuilt = async (projection: Projection, batchSize: number) => {
    await rebuildProjection(db.pool, store, projection, { batchSize, totalEvents: async () => events });
    return snapshotReadModels(db.pool, [projection]);
  };

  it('given batches of 1 and 1,000 events, folds them into the per-event reference\'s rows', async () => {
    const expected = await rebuilt(referenceCourtCalendarProjection, 1000);
    expect(await rebuilt(courtCalendarProjection, 1)).toEqual(expected);
    expect(await rebuilt(courtCalendarProjection, 1000)).toEqual(expected);
  }, 60_000);

  it('given knownAt after every record, computes from the recorded fields and dated corrections what the rows as corrected give', async () => {
    await rebuilt(courtCalendarProjection, 1000);
    const window = { from: '2018-01-01', to: '2025-12-31', district: null, court: null, asOf: null };
    const order = (entries: { eventId: string }[]) => [...entries].sort((a, b) => a.eventId.localeCompare(b.eventId));
    const now = order(await readCourtCalendar(db.pool, { ...window, recordedBy: '2100-01-01T00:00:00Z' }));
    expect(now.length).toBeGreaterThan(40);
    expect(order(await readCourtCalendarKnownAt(db.pool, { ...window, eventId: null, scope: null, knownAt: '2100-01-01T00:00:00Z' }))).toEqual(now);
  }, 60_000);

  it('given the corrections, lists each entry on its corrected day, at the court of the latest summons or appearance naming one', async () => {
    const calendar = await readCourtCalendar(db.pool, {
      from: '2022-04-01', to: '2022-04-30', district: 'berea', court: null, asOf: null, recordedBy: '2100-01-01T00:00:00Z',
    });
    expect(calendar.filter((e) => e.caseId === caseId).map(({ date, court, kind }) => [date, court, kind]).sort()).toEqual([
      ['2022-04-02', 'Leribe Magistrate', 'summons_return'],
      // The appearance moved to 4 March 09:00 (before the first adjournment) names Mafeteng; the one at Berea no court now.
      ['2022-04-11', 'Mafeteng Magistrate', 'adjourned_hearing'],
      ['2022-04-12', 'Mafeteng Magistrate', 'adjourned_hearing'],
    ]);
    const maseru = await readCourtCalendar(db.pool, {
      from: '2022-04-01', to: '2022-04-30', district: 'maseru', court: null, asOf: null, recordedBy: '2100-01-01T00:00:00Z',
    });
    expect(maseru.filter((e) => e.caseId === caseId)).toEqual([]);
  });
});

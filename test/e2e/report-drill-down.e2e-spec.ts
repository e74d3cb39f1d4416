import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PostgresEventStore } from '@casetrail/event-store';
import { REPORT_FIGURE_PATHS } from '@casetrail/reporting';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { as } from '../support/case-requests';
import { expectSealedAndCaughtUp } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
type Item = { caseId: string; eventId: string; suspectRef?: string; summonsRef?: string; leafIndex: number | null; occurredAt: string; recordedAt: string };

const on = (date: string, time = '09:00') => `${date}T${time}:00+02:00`;
const MEDIANS: Record<string, string> = { 'summonses.medianDaysToService': 'summonses.served', 'dpp.medianDaysPending': 'dpp.casesPendingAtEnd' };
const valueAt = (report: object, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], report);

describe('the report, drilled down: what a figure counted (items) and what changed it between two knownAt moments (changes)', () => {
  let app: TestApp;
  const users = new Map<string, Api>();
  let position = '0';
  const convictedCase = randomUUID();
  let verdictEventId = '';

  async function send(role: string, path: string, body: object): Promise<string[]> {
    const response = await users.get(role)!.post(path, body);
    expect({ path, status: response.status, body: response.body }).toMatchObject({ status: 201 });
    position = String(response.body.position);
    return response.body.eventIds;
  }
  const get = async (role: string, path: string) => (await users.get(role)!.get(path).expect(200)).body;

  beforeAll(async () => {
    app = await startTestApp({ CASETRAIL_LEDGER_CHECKPOINT_SECONDS: '3600' });
    await loadSyntheticCases(new PostgresEventStore(app.service.database.pool), {
      cases: 150, seed: 1717, from: '2018-04-01T00:00:00+02:00', until: new Date('2023-03-31T00:00:00+02:00'), correctionRate: 0.3,
    });
    for (const role of ['investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator'] as const) users.set(role, as(app.http, await app.userToken(role)));
    const path = `/v1/cases/${convictedCase}`;
    await send('investigator', '/v1/cases', { caseId: convictedCase, occurredAt: on('2021-05-01'), source: 'police', district: 'leribe', form: 'sex' });
    await send('investigator', `${path}/suspects`, { suspectRef: 'a1', occurredAt: on('2021-05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
    await send('investigator', `${path}/investigation`, { occurredAt: on('2021-05-03'), unit: 'ATU' });
    await send('investigator', `${path}/docket`, { occurredAt: on('2021-05-04') });
    await send('prosecutor', `${path}/dpp-decision`, { occurredAt: on('2021-05-05'), decision: 'prosecute', forum: 'magistrate' });
    await send('prosecutor', `${path}/suspects/a1/charges`, { occurredAt: on('2021-05-06'), statute: 'anti_trafficking_act', counts: 1 });
    await send('court_clerk', `${path}/suspects/a1/trial`, { occurredAt: on('2021-05-07') });
    [verdictEventId] = await send('court_clerk', `${path}/suspects/a1/verdict`, { occurredAt: on('2021-06-01'), outcome: 'convicted', statute: 'anti_trafficking_act' });
    // The synthetic cases were written straight to the store: wait for the sealer and the read models (a loaded machine is slow).
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { body } = await request(app.http).get('/health');
      const behind = [body.ledger?.eventsNotSealed, ...(body.projections ?? []).map((p: { eventsBehind: number }) => p.eventsBehind)];
      if (behind.every((n) => n === 0) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await expectSealedAndCaughtUp(app);
  }, 240_000);
  afterAll(() => app.close());

  it.each(['2018-19', '2019-20', '2020-21', '2021-22', '2022-23'])('given period %s, lists for every figure exactly as many items as it counts (a median: what it is the median of)', async (period) => {
    const report = await get('auditor', `/v1/reports/government-action?period=${period}`);
    const paths = REPORT_FIGURE_PATHS.filter((path) => !path.includes('byNationality.') || (valueAt(report, path) ?? 0) !== 0);
    const wrong: string[] = [];
    for (const path of paths) {
      const items = await get('auditor', `/v1/reports/government-action/items?period=${period}&figure=${path}&limit=500`);
      const expected = MEDIANS[path] ? valueAt(report, MEDIANS[path]) : (valueAt(report, path) ?? 0);
      if (items.total !== expected || items.items.length !== Math.min(Number(expected), 500)) wrong.push(`${path}: counted ${String(expected)}, listed ${items.total}`);
    }
    expect(wrong).toEqual([]);
    expect(paths.filter((path) => Number(valueAt(report, path)) > 0).length).toBeGreaterThan(20);
  }, 120_000);

  it('given a claim of the DPP backlog as of now, states what the backlog route counts: supported, on synthetic cases with corrections', async () => {
    const { pending } = await get('auditor', '/v1/dpp/backlog');
    expect(pending).toBeGreaterThan(5);
    const madeAt = new Date().toISOString();
    const made = await users.get('coordinator')!.post('/v1/claims', {
      madeAt, madeBy: 'Coordinator', source: 'Annual statement', statement: 'The backlog before the DPP.',
      assertions: [{ figure: 'dpp.casesPending', asOf: madeAt, value: pending }],
    }).expect(201);
    const claim = await get('auditor', `/v1/claims/${made.body.claimId}?minPosition=${made.body.position}`);
    expect(claim.assertions[0]).toMatchObject({ verdict: 'supported', recordedValue: pending, valueNow: pending });
  });

  it('given convictions.total, lists the verdict with its case, accused and ledger leaf, in the order they occurred', async () => {
    const { items, filters } = await get('coordinator', '/v1/reports/government-action/items?period=2021-22&figure=convictions.total&limit=500');
    expect(filters).toMatchObject({ period: '2021-22', figure: 'convictions.total', district: null });
    const ours = items.find((item: Item) => item.eventId === verdictEventId);
    expect(ours).toEqual({ caseId: convictedCase, eventId: verdictEventId, suspectRef: 'a1', occurredAt: on('2021-06-01'), recordedAt: expect.any(String), leafIndex: expect.any(Number) });
    const proof = await get('donor', `/v1/ledger/proofs/inclusion?eventId=${verdictEventId}`);
    expect(proof.leafIndex).toBe(ours.leafIndex);
    const times = items.map((item: Item) => Date.parse(item.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('given a small limit, pages through every item once, pinned to the first page\'s moment', async () => {
    const all = (await get('auditor', '/v1/reports/government-action/items?period=2021-22&figure=investigations.initiated.total&limit=500')).items as Item[];
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Item[]; nextCursor: string | null } = await get('auditor', `/v1/reports/government-action/items?period=2021-22&figure=investigations.initiated.total&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item) => item.eventId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((item) => item.eventId));
  });

  it('given a donor, lists nothing for a figure about victims and lists other figures', async () => {
    const victims = await get('donor', '/v1/reports/government-action/items?period=2021-22&figure=victims.identified.total');
    expect(victims).toMatchObject({ items: [], withheld: true, nextCursor: null });
    expect(Object.keys(victims)).not.toContain('total');
    const convictions = await get('donor', '/v1/reports/government-action/items?period=2021-22&figure=convictions.total&limit=500');
    expect(convictions.items.map((item: Item) => item.eventId)).toContain(verdictEventId);
  });

  it.each([
    ['an unknown figure', 'items?period=2021-22&figure=convictions.all', 'figure'],
    ['a missing figure', 'items?period=2021-22', 'figure'],
    ['changes without to', 'changes?period=2021-22&from=2022-01-01T00:00:00Z', 'to'],
    ['changes from after to', 'changes?period=2021-22&from=2022-01-02T00:00:00Z&to=2022-01-01T00:00:00Z', 'to'],
  ])('given %s, answers 400 naming it', async (_case, query, field) => {
    const refused = await users.get('auditor')!.get(`/v1/reports/government-action/${query}`).expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: expect.arrayContaining([expect.objectContaining({ field })]) });
  });

  it('given events recorded late between two moments, lists each figure that moved with the events that moved it; a donor sees victim figures move without events', async () => {
    const from = new Date().toISOString();
    const lateCase = randomUUID();
    const path = `/v1/cases/${lateCase}`;
    await send('investigator', '/v1/cases', { caseId: lateCase, occurredAt: on('2021-07-01'), source: 'ngo', district: 'maseru', form: 'labour' });
    const victimEvents: string[] = [];
    for (let n = 0; n < 16; n++) {
      victimEvents.push(...(await send('investigator', `${path}/victims`, { occurredAt: on('2021-07-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'ngo' })));
    }
    const [lateConviction] = await send('court_clerk', `/v1/cases/${convictedCase}/corrections`, { eventId: verdictEventId, reason: 'wrong statute', changes: { statute: 'other' } });
    const to = new Date(Date.now() + 1).toISOString();
    const { items } = await get('auditor', `/v1/reports/government-action/changes?period=2021-22&from=${from}&to=${to}&minPosition=${position}`);
    const byFigure = new Map(items.map((item: { figure: string }) => [item.figure, item]));
    expect(byFigure.get('convictions.antiTraffickingAct')).toMatchObject({ after: expect.any(Number), events: [expect.objectContaining({ eventId: lateConviction, type: 'EventCorrected' })] });
    const moved = byFigure.get('convictions.otherLaw') as { before: number; after: number };
    expect(moved.after).toBe(moved.before + 1);
    expect(byFigure.get('victims.identified.total')).toEqual({ figure: 'victims.identified.total', before: expect.any(Number), after: expect.any(Number), events: victimEvents.map((eventId) => expect.objectContaining({ eventId, type: 'VictimIdentified' })) });
    expect(byFigure.get('investigations.initiated.total')).toBeUndefined(); // the late case opened no investigation
    expect(byFigure.has('convictions.total')).toBe(false); // a statute corrected moves no total

    const donors = (await get('donor', `/v1/reports/government-action/changes?period=2021-22&from=${from}&to=${to}`)).items as { figure: string; events: unknown[] }[];
    const victimChanges = donors.filter((item) => item.figure.startsWith('victims.'));
    expect(victimChanges.length).toBeGreaterThan(0);
    expect(victimChanges.every((item) => item.events.length === 0)).toBe(true);
    expect(donors.find((item) => item.figure === 'convictions.otherLaw')?.events).toEqual([expect.objectContaining({ eventId: lateConviction })]);
    expect((await get('auditor', `/v1/reports/government-action/changes?period=2021-22&from=${to}&to=${to}`)).items).toEqual([]);
  });
});

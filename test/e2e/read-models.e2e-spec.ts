import { randomUUID } from 'node:crypto';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

describe('read models over HTTP: caseload, summonses, DPP backlog, government-action report', () => {
  let app: TestApp;
  let investigator: Api;
  let prosecutor: Api;
  let clerk: Api;
  let auditor: Api;
  let donor: Api;
  let lastPosition = 0;

  const track = <T extends { body: { position?: number } }>(response: T): T => {
    lastPosition = Math.max(lastPosition, response.body.position ?? 0);
    return response;
  };

  async function referredCase(district: string, form: string): Promise<string> {
    const caseId = randomUUID();
    track(await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district, form }).expect(201));
    return caseId;
  }

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator'));
    prosecutor = as(app.http, await app.userToken('prosecutor'));
    clerk = as(app.http, await app.userToken('court_clerk'));
    auditor = as(app.http, await app.userToken('auditor'));
    donor = as(app.http, await app.userToken('donor'));

    // Three cases in Maseru and Leribe at different stages; one summons overdue, one served.
    const a = await referredCase('maseru', 'labour');
    const b = await referredCase('maseru', 'sex');
    await referredCase('leribe', 'sex');
    for (const caseId of [a, b]) {
      const path = `/v1/cases/${caseId}`;
      track(await investigator.post(`${path}/investigation`, { occurredAt: at('05-02'), unit: 'ATU' }).expect(201));
      track(await investigator.post(`${path}/suspects`, { suspectRef: 'x', occurredAt: at('05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: caseId === a }).expect(201));
      track(await investigator.post(`${path}/docket`, { occurredAt: at('05-03') }).expect(201));
    }
    const path = `/v1/cases/${a}`;
    track(await prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('05-04'), decision: 'prosecute' }).expect(201));
    track(await prosecutor.post(`${path}/suspects/x/charges`, { occurredAt: at('05-05'), statute: 'anti_trafficking_act', counts: 1 }).expect(201));
    track(await prosecutor.post(`${path}/summonses`, { summonsRef: 'late', suspectRef: 'x', occurredAt: at('05-06'), court: 'Maseru Magistrate', returnDate: '2021-06-01' }).expect(201));
    track(await prosecutor.post(`${path}/summonses`, { summonsRef: 'done', suspectRef: 'x', occurredAt: at('05-06'), court: 'Maseru Magistrate', returnDate: '2021-06-01' }).expect(201));
    track(await clerk.post(`${path}/summonses/done/service`, { occurredAt: at('05-16'), outcome: 'served' }).expect(201));
  }, 60_000);
  afterAll(() => app.close());

  it('given minPosition, the caseload counts every case by stage, district and form', async () => {
    const { body } = await auditor.get(`/v1/caseload?minPosition=${lastPosition}`).expect(200);
    expect(body).toMatchObject({
      total: 3,
      byStage: { referred: 1, with_dpp: 1, in_prosecution: 1 },
      byDistrict: { maseru: 2, leribe: 1 },
      byForm: { labour: 1, sex: 2 },
    });
    const filtered = await donor.get('/v1/caseload?district=maseru&stage=with_dpp').expect(200);
    expect(filtered.body.total).toBe(1);
    await auditor.get('/v1/caseload?stage=lost').expect(400);
  });

  it('lists summonses with overdue computed against today, and gives donors counts only', async () => {
    const { body } = await prosecutor.get(`/v1/summonses?minPosition=${lastPosition}`).expect(200);
    expect(body.items).toEqual([
      expect.objectContaining({ summonsRef: 'done', status: 'served', daysOutstanding: 10, court: 'Maseru Magistrate' }),
      expect.objectContaining({ summonsRef: 'late', status: 'overdue', returnDate: '2021-06-01' }),
    ]);
    const overdue = await prosecutor.get('/v1/summonses?status=overdue').expect(200);
    expect(overdue.body.items.map((s: { summonsRef: string }) => s.summonsRef)).toEqual(['late']);
    const counts = await donor.get('/v1/summonses').expect(200);
    expect(counts.body).toEqual({
      asOf: expect.any(String), knownAt: null, filters: expect.objectContaining({ district: null }),
      counts: { total: 2, byStatus: { served: 1, overdue: 1 } },
    });
  });

  it('shows the cases waiting before the DPP', async () => {
    const { body } = await prosecutor.get(`/v1/dpp/backlog?minPosition=${lastPosition}`).expect(200);
    expect(body.pending).toBe(1);
    expect(body.items[0]).toMatchObject({ district: 'maseru', form: 'sex', submittedAt: at('05-03') });
  });

  it('reports the evidence of government action for 2021-22 with 2020-21 beside it', async () => {
    const { body } = await auditor.get(`/v1/reports/government-action?period=2021-22&minPosition=${lastPosition}`).expect(200);
    expect(body).toMatchObject({
      period: '2021-22',
      from: '2021-04-01T00:00:00+02:00',
      to: '2022-04-01T00:00:00+02:00',
      investigations: { initiated: { total: 2, byForm: { labour: 1, sex: 1 } }, continued: 0, closed: 0 },
      prosecutions: { initiated: { total: 1, byForm: { labour: 1 } }, continued: 0 },
      summonses: { issued: 2, served: 1, failed: 0, outstandingAtEnd: 1, medianDaysToService: 10 },
      dpp: { casesPendingAtEnd: 1 },
      officials: { investigated: 1, prosecuted: 1, convicted: 0 },
      previous: { period: '2020-21', investigations: { initiated: { total: 0 } } },
    });
    const before = await auditor.get('/v1/reports/government-action?period=2021-22&knownAt=2021-01-01T00:00:00%2B02:00').expect(200);
    expect(before.body.investigations.initiated.total).toBe(0);
    await auditor.get('/v1/reports/government-action?period=2021-23').expect(400);
    const victimServices = as(app.http, await app.userToken('victim_services'));
    await victimServices.get('/v1/reports/government-action?period=2021-22').expect(403);
  });

  it('gives donors the report with small victim figures suppressed', async () => {
    const caseId = await referredCase('mafeteng', 'labour');
    for (let i = 0; i < 3; i++) {
      track(await investigator.post(`/v1/cases/${caseId}/victims`, { occurredAt: at('07-01'), sex: 'male', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'government' }).expect(201));
    }
    const { body } = await donor.get(`/v1/reports/government-action?period=2021-22&minPosition=${lastPosition}`).expect(200);
    expect(body.suppressedBelow).toBe(11);
    expect(body.disclosure).toMatchObject({ method: 'cell_key_rounding', shownFrom: 15 });
    expect(body.victims.identified.total).toBeNull();
    expect(body.victims.identified.bySex.male).toBeNull();
    const full = await auditor.get('/v1/reports/government-action?period=2021-22').expect(200);
    expect(full.body.victims.identified).toMatchObject({ total: 3, bySex: { male: 3 } });
  });

  it('answers the report as known now from its cache only while no event is applied, and the same as computed afresh', async () => {
    const route = (knownAt?: string) =>
      `/v1/reports/government-action?period=2021-22&minPosition=${lastPosition}${knownAt ? `&knownAt=${encodeURIComponent(knownAt)}` : ''}`;
    const first = (await auditor.get(route()).expect(200)).body;
    const again = (await auditor.get(route()).expect(200)).body;
    const afresh = (await auditor.get(route(new Date().toISOString())).expect(200)).body; // a knownAt is never cached
    expect({ ...again, knownAt: null }).toEqual({ ...first, knownAt: null });
    expect({ ...afresh, knownAt: null }).toEqual({ ...first, knownAt: null });
    expect(again.knownAt > first.knownAt || again.knownAt === first.knownAt).toBe(true);

    const caseId = await referredCase('berea', 'sex');
    track(await investigator.post(`/v1/cases/${caseId}/investigation`, { occurredAt: at('08-01'), unit: 'ATU' }).expect(201));
    const after = (await auditor.get(route()).expect(200)).body;
    expect(after.investigations.initiated.total).toBe(first.investigations.initiated.total + 1);
    expect(after.investigations.initiated.byForm.sex).toBe(first.investigations.initiated.byForm.sex + 1);
  });

  it('reports each projection with its lag on /health', async () => {
    const { body } = await auditor.get('/health').expect(200);
    expect(body.projections.map((p: { name: string }) => p.name).sort()).toEqual(['case_list', 'caseload', 'claims', 'court_calendar', 'government_action', 'red_flags']);
  });
});

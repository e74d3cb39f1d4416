import { randomUUID } from 'node:crypto';
import { DISTRICTS, type Role } from '@casetrail/domain';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
const on = (date: string) => `${date}T09:00:00+02:00`;
const NONE = { clearance: { newCases: 0, dispositions: 0, rate: null }, pendingAge: { median: null, p90: null } };

describe('the caseload per district for a period: clearance and the age of pending cases (GET /v1/caseload?period=)', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  let position = '0';
  let beforeLateRecords = '';

  async function send(role: Role, path: string, body: object): Promise<void> {
    const response = await users.get(role)!.post(path, body);
    expect({ path, status: response.status, body: response.status === 201 ? 'ok' : response.body }).toEqual({ path, status: 201, body: 'ok' });
    position = String(response.body.position);
  }
  async function refer(district: string, date: string): Promise<string> {
    const caseId = randomUUID();
    await send('investigator', '/v1/cases', { caseId, occurredAt: on(date), source: 'police', district, form: 'labour' });
    return caseId;
  }
  const close = (caseId: string, date: string) => send('investigator', `/v1/cases/${caseId}/closure`, { occurredAt: on(date), reason: 'done' });

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'auditor'] as const) users.set(role, as(app.http, await app.userToken(role)));
    await close(await refer('maseru', '2021-05-01'), '2021-08-01');
    const declined = await refer('maseru', '2021-06-01');
    await refer('maseru', '2020-12-01');
    await refer('maseru', '2022-05-01');
    await refer('leribe', '2021-10-01');
    await close(await refer('leribe', '2020-06-01'), '2021-05-01');
    await send('investigator', `/v1/cases/${declined}/investigation`, { occurredAt: on('2021-06-10'), unit: 'ATU' });
    await send('investigator', `/v1/cases/${declined}/docket`, { occurredAt: on('2021-07-01') });
    await new Promise((resolve) => setTimeout(resolve, 20));
    beforeLateRecords = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await send('prosecutor', `/v1/cases/${declined}/dpp-decision`, { occurredAt: on('2021-09-01'), decision: 'decline' });
    await refer('maseru', '2022-02-01');
  }, 120_000);
  afterAll(() => app.close());

  const measures = async (query: string) => (await users.get('auditor')!.get(`/v1/caseload?minPosition=${position}&${query}`).expect(200)).body;
  const everyDistrict = (given: Record<string, unknown>) =>
    Object.fromEntries(DISTRICTS.map((d) => [d, given[d] ?? NONE]));

  it('given 2021-22, counts cases referred, cases closed or decided, and the days open cases had waited at its end', async () => {
    const body = await measures('period=2021-22');
    expect(body.period).toEqual({ name: '2021-22', from: '2021-04-01T00:00:00+02:00', to: '2022-04-01T00:00:00+02:00' });
    const byDistrict = Object.fromEntries(DISTRICTS.map((d) => [d, { clearance: body.clearance[d], pendingAge: body.pendingAge[d] }]));
    expect(byDistrict).toEqual(everyDistrict({
      maseru: { clearance: { newCases: 3, dispositions: 2, rate: 0.667 }, pendingAge: { median: 303, p90: 485 } },
      leribe: { clearance: { newCases: 1, dispositions: 1, rate: 1 }, pendingAge: { median: 181, p90: 181 } },
    }));
    expect(body).toMatchObject({ total: 7, byDistrict: { maseru: 5, leribe: 2 } });
  });

  it('given knownAt before the decision and the last referral were recorded, measures as the record stood then', async () => {
    const body = await measures(`period=2021-22&knownAt=${encodeURIComponent(beforeLateRecords)}`);
    expect(body.knownAt).toBe(beforeLateRecords);
    expect(body.clearance.maseru).toEqual({ newCases: 2, dispositions: 1, rate: 0.5 });
    expect(body.pendingAge.maseru).toEqual({ median: 394, p90: 485 });
  });

  it('given asOf or knownAt, counts the cases as they stood then, as known then', async () => {
    const asOf = await measures(`asOf=${encodeURIComponent('2021-06-30T23:59:59+02:00')}`);
    expect(asOf).toMatchObject({
      total: 4, byStage: { referred: 2, under_investigation: 1, closed: 1 }, byDistrict: { maseru: 3, leribe: 1 },
      asOf: '2021-06-30T23:59:59+02:00', knownAt: null,
    });
    expect(asOf.clearance).toBeUndefined();
    const known = await measures(`knownAt=${encodeURIComponent(beforeLateRecords)}&district=maseru`);
    expect(known).toMatchObject({ total: 4, byStage: { referred: 2, with_dpp: 1, closed: 1 }, filters: { district: 'maseru' } });
    const now = await measures('district=maseru&stage=referred');
    expect(now).toMatchObject({ total: 3, byStage: { referred: 3 } });
    expect(now).not.toHaveProperty('knownAt');
  });

  it('given a scoped caller, measures only their district; a malformed period is 400', async () => {
    const leribe = as(app.http, await app.userToken('auditor', 'leribe'));
    const body = (await leribe.get(`/v1/caseload?period=2021-22&district=maseru&minPosition=${position}`).expect(200)).body;
    expect(Object.keys(body.clearance)).toEqual(['leribe']);
    expect(body.pendingAge).toEqual({ leribe: { median: 181, p90: 181 } });
    for (const period of ['2021-23', '2021', '1021-22']) {
      const refused = await users.get('auditor')!.get(`/v1/caseload?period=${period}`);
      expect({ period, status: refused.status, code: refused.body.code }).toEqual({ period, status: 400, code: 'VALIDATION_FAILED' });
    }
  });
});

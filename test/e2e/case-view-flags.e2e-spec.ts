import { randomUUID } from 'node:crypto';
import type { Role } from '@casetrail/domain';
import { as } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

/** Lesotho time on a day of 2021. */
const on = (day: string, time = '09:00') => `2021-${day}T${time}:00+02:00`;

describe('the case view (GET /v1/cases/:caseId) shows the kinds of red flag open on the case', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  const caseId = randomUUID();
  const quiet = randomUUID();
  let beforeReconstruction = '';

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'coordinator'] as const) {
      users.set(role, as(app.http, await app.userToken(role)));
    }
    const investigator = users.get('investigator')!;
    for (const id of [caseId, quiet]) {
      await investigator.post('/v1/cases', { caseId: id, occurredAt: on('02-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
      await investigator.post(`/v1/cases/${id}/investigation`, { occurredAt: on('02-02'), unit: 'ATU' }).expect(201);
    }
    // Before the DPP from 1 March: stalled from day 181 (29 August); the docket lost in April, rebuilt in May.
    await investigator.post(`/v1/cases/${caseId}/docket`, { occurredAt: on('03-01') }).expect(201);
    await investigator.post(`/v1/cases/${caseId}/docket/missing`, { occurredAt: on('04-01') }).expect(201);
    beforeReconstruction = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await investigator.post(`/v1/cases/${caseId}/docket/reconstruction`, { occurredAt: on('05-01') }).expect(201);
  }, 120_000);
  afterAll(() => app.close());

  const openFlags = async (id: string, query = '', role: Role = 'auditor') =>
    (await users.get(role)!.get(`/v1/cases/${id}${query}`).expect(200)).body.openFlags as string[] | undefined;

  it('given every role that reads flags, shows the kinds open now; a case without any shows none', async () => {
    for (const role of ['admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'coordinator'] as const) {
      expect({ role, open: await openFlags(caseId, '', role) }).toEqual({ role, open: ['stalled_at_dpp'] });
    }
    expect(await openFlags(quiet)).toEqual([]);
  });

  it('given victim services, who do not read flags, shows no flags at all', async () => {
    const { body } = await users.get('victim_services')!.get(`/v1/cases/${caseId}`).expect(200);
    expect(body).not.toHaveProperty('openFlags');
  });

  it('given asOf, shows what was open then: the missing docket in April, nothing on day 180, stalled from day 181', async () => {
    expect(await openFlags(caseId, `?asOf=${encodeURIComponent(on('04-15'))}`)).toEqual(['docket_missing']);
    expect(await openFlags(caseId, `?asOf=${encodeURIComponent(on('08-28', '23:59'))}`)).toEqual([]);
    expect(await openFlags(caseId, `?asOf=${encodeURIComponent(on('08-29', '00:00'))}`)).toEqual(['stalled_at_dpp']);
  });

  it('given knownAt before the reconstruction was recorded, shows the docket still missing', async () => {
    expect(await openFlags(caseId, `?knownAt=${encodeURIComponent(beforeReconstruction)}`)).toEqual(['docket_missing', 'stalled_at_dpp']);
  });
});

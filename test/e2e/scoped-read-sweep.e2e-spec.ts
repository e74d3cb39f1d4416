import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role } from '@casetrail/domain';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
}

/** Routes that are the same for everyone by design: the service's health, its description, the ledger's public tree. */
const GLOBAL_ROUTES = /^\/(health|docs|verify|v1\/ledger|v1\/session|$)/;
const SCOPED_ROLES: Role[] = ['investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor'];

/** A whole case up to an appeal, with a victim, an accused at the DPP and a summons past its return date. */
async function recordCase(caseId: string, district: string, court: string, users: Record<string, Api>): Promise<number> {
  const path = `/v1/cases/${caseId}`;
  let position = 0;
  const send = async (api: Api, route: string, body: object) => {
    const response = await api.post(route, body).expect(201);
    position = Math.max(position, response.body.position);
  };
  const { investigator, prosecutor, clerk } = users as Record<'investigator' | 'prosecutor' | 'clerk', Api>;
  await send(investigator!, '/v1/cases', { caseId, occurredAt: at('03-01'), source: 'police', district, form: 'labour', summary: `a case in ${district}` });
  await send(investigator!, `${path}/victims`, { victimRef: 'vic-1', occurredAt: at('03-02'), sex: 'female', ageGroup: 'child', nationality: 'LS', form: 'labour', identifiedBy: 'government', personal: { fullName: `Victim of ${district}` } });
  await send(investigator!, `${path}/investigation`, { occurredAt: at('03-03'), unit: 'ATU' });
  await send(investigator!, `${path}/suspects`, { suspectRef: 'sus-1', occurredAt: at('03-04'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false });
  await send(investigator!, `${path}/suspects/sus-1/arrest`, { occurredAt: at('03-05') });
  await send(investigator!, `${path}/docket`, { occurredAt: at('03-06') });
  await send(prosecutor!, `${path}/dpp-decision`, { occurredAt: at('03-07'), decision: 'prosecute', forum: 'magistrate' });
  await send(prosecutor!, `${path}/suspects/sus-1/charges`, { occurredAt: at('03-08'), statute: 'anti_trafficking_act', counts: 1 });
  await send(prosecutor!, `${path}/summonses`, { summonsRef: 'sum-1', suspectRef: 'sus-1', occurredAt: at('03-09'), court, returnDate: '2021-04-01' });
  await send(clerk!, `${path}/suspects/sus-1/trial`, { occurredAt: at('05-01') });
  await send(clerk!, `${path}/suspects/sus-1/verdict`, { occurredAt: at('06-01'), outcome: 'convicted', statute: 'anti_trafficking_act' });
  await send(clerk!, `${path}/suspects/sus-1/sentence`, { occurredAt: at('06-15'), imprisonmentMonths: 24, suspendedMonths: 0, fineInLieuOfPrison: false });
  return position;
}

/**
 * Every read route of /docs-json, asked by a user scoped to maseru, answers exactly the same before and after a case
 * is recorded in berea: unknown and out of scope alike on case routes, no row and no count of it on lists and figures.
 * The route list comes from the running service, so a new read route is swept without being named here.
 */
describe('a district-scoped user against every read route', () => {
  let app: TestApp;
  let scoped: Record<string, Api>;
  let paths: Record<string, Record<string, Operation>>;
  const bereaCase = randomUUID();
  let maseruPosition = 0;
  let claimId = '';

  beforeAll(async () => {
    // Time held still, so answers that say when they were computed (knownAt, asOf) are comparable.
    app = await startTestApp({}, { clock: { now: () => new Date('2030-01-01T00:00:00Z') } });
    const users = {
      investigator: as(app.http, await app.userToken('investigator')),
      prosecutor: as(app.http, await app.userToken('prosecutor')),
      clerk: as(app.http, await app.userToken('court_clerk')),
    };
    scoped = Object.fromEntries(await Promise.all(SCOPED_ROLES.map(async (role) => [role, as(app.http, await app.userToken(role, 'maseru'))])));
    paths = (await request(app.http).get('/docs-json').expect(200)).body.paths;
    maseruPosition = await recordCase(randomUUID(), 'maseru', 'Maseru Magistrate Court', users);
    // A claim stating figures nationally, for maseru and for berea: only maseru's may be evaluated for a maseru user.
    const claim = await as(app.http, await app.userToken('coordinator')).post('/v1/claims', {
      madeAt: at('07-01'), madeBy: 'Minister', source: 'Hansard', statement: 'One conviction in each district.',
      assertions: ['maseru', 'berea', undefined].map((district) => ({ figure: 'convictions.total', period: '2021-22', district, value: 1 })),
    }).expect(201);
    claimId = claim.body.claimId;
    maseruPosition = Math.max(maseruPosition, claim.body.position);
    (app as unknown as { users: typeof users }).users = users;
  }, 120_000);
  afterAll(() => app.close());

  /** Every GET route's answer for each scoped role; path and query values name the berea case. */
  async function sweep(minPosition: number): Promise<Map<string, { status: number; body: unknown }>> {
    const ids: Record<string, string> = { caseId: bereaCase, suspectRef: 'sus-1', victimRef: 'vic-1', summonsRef: 'sum-1', claimId };
    const dates: Record<string, string> = { period: '2020-21', minPosition: String(minPosition), from: '2021-01-01', to: '2021-12-31', figure: 'convictions.total' };
    // The report's changes take two moments (knownAt), not two dates.
    const moments: Record<string, string> = { ...dates, from: '2021-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' };
    const answers = new Map<string, { status: number; body: unknown }>();
    for (const [route, operations] of Object.entries(paths)) {
      const get = operations.get;
      if (!get || GLOBAL_ROUTES.test(route)) continue;
      const params = get.parameters ?? [];
      const query = route.endsWith('/changes') ? moments : dates;
      const url = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name] ?? 'unknown'));
      const search = new URLSearchParams(params.filter((p) => p.in === 'query' && query[p.name]).map((p): [string, string] => [p.name, query[p.name]!]));
      for (const role of SCOPED_ROLES) {
        const response = await scoped[role]!.get(search.size > 0 ? `${url}?${search}` : url);
        answers.set(`${role} GET ${route}`, { status: response.status, body: response.body });
      }
    }
    return answers;
  }

  it('learns nothing about a case in another district from any of them', async () => {
    const users = (app as unknown as { users: Record<string, Api> }).users;
    const before = await sweep(maseruPosition);
    expect(before.size).toBeGreaterThanOrEqual(SCOPED_ROLES.length * 6);
    // Every route was asked properly (a 400 before and after would compare equal and prove nothing).
    expect([...before].filter(([, answer]) => answer.status === 400 || answer.status >= 500).map(([key]) => key)).toEqual([]);
    expect(before.get('auditor GET /v1/cases/{caseId}')?.status).toBe(404);
    const position = await recordCase(bereaCase, 'berea', 'Berea Magistrate Court', users);
    const after = await sweep(position);
    const changed = [...after].filter(([key, answer]) => JSON.stringify(answer) !== JSON.stringify(before.get(key)));
    expect(changed.map(([key, answer]) => `${key}: ${JSON.stringify(before.get(key)).slice(0, 300)} -> ${JSON.stringify(answer).slice(0, 300)}`)).toEqual([]);
    // The same sweep does see the case from berea: the comparison above can fail.
    const bereaAuditor = as(app.http, await app.userToken('auditor', 'berea'));
    await bereaAuditor.get(`/v1/cases/${bereaCase}`).expect(200);
    const bereaClaim = (await bereaAuditor.get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(bereaClaim.assertions).toEqual([
      expect.objectContaining({ verdict: 'out_of_scope' }),
      expect.objectContaining({ district: 'berea', verdict: 'not_supported', recordedValue: 0, valueNow: 1 }),
      expect.objectContaining({ verdict: 'out_of_scope' }),
    ]);
    // A nationwide caller has every assertion evaluated (the national figure since restated by berea's conviction).
    const nationalClaim = (await as(app.http, await app.userToken('auditor')).get(`/v1/claims/${claimId}`).expect(200)).body;
    expect(nationalClaim.assertions.map((assertion: { verdict: string }) => assertion.verdict)).toEqual(['supported', 'not_supported', 'restated']);
  }, 180_000);
});

import { randomUUID } from 'node:crypto';
import { as, at } from '../support/case-requests';
import { storedCounts } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
type Answer = { status: number; text: string };

/** Issue #13 findings 6 and 7: scope is checked against the case as it is now, and never leaks existence. */
describe('district scope against the case as it is now', () => {
  let app: TestApp;
  let maseru: Api;
  let maseruProsecutor: Api;
  let berea: Api;
  let bereaProsecutor: Api;
  let national: Api;
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;
  let referralId: string;

  /** An answer with the case's id replaced, so that answers about two ids compare byte for byte. */
  const answer = async (send: Promise<{ status: number; text: string }>, id: string): Promise<Answer> => {
    const response = await send;
    return { status: response.status, text: response.text.split(id).join('<caseId>') };
  };

  beforeAll(async () => {
    app = await startTestApp();
    maseru = as(app.http, await app.userToken('investigator', 'maseru'));
    maseruProsecutor = as(app.http, await app.userToken('prosecutor', 'maseru'));
    berea = as(app.http, await app.userToken('investigator', 'berea'));
    bereaProsecutor = as(app.http, await app.userToken('prosecutor', 'berea'));
    national = as(app.http, await app.userToken('investigator'));
    await maseru.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
    await maseru.post(`${path}/victims`, {
      victimRef: 'v1', occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'government',
      personal: { fullName: 'Palesa Mokoena' },
    }).expect(201);
    referralId = (await maseru.get(`${path}/timeline`).expect(200)).body.events[0].eventId;
  });
  afterAll(() => app.close());

  it('given a maseru investigator, refuses correcting their case into berea with 403 DISTRICT_OUT_OF_SCOPE', async () => {
    const before = await storedCounts(app);
    const response = await maseru.post(`${path}/corrections`, { eventId: referralId, reason: 'wrong district', changes: { district: 'berea' } });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 403, code: 'DISTRICT_OUT_OF_SCOPE' });
    expect(await storedCounts(app)).toEqual(before);
    await maseru.post(`${path}/corrections`, { eventId: referralId, reason: 'same district', changes: { district: 'maseru', form: 'labour' } }).expect(201);
  });

  it('given a referral by a scoped user into another district, answers the same whether the id is taken or not', async () => {
    const unknown = randomUUID();
    const body = (id: string) => ({ caseId: id, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' });
    expect(await answer(berea.post('/v1/cases', body(caseId)), caseId)).toEqual(await answer(berea.post('/v1/cases', body(unknown)), unknown));
    const taken = { ...body(caseId), district: 'berea' };
    const response = await berea.post('/v1/cases', taken);
    // A caller-chosen id that is taken is taken, whichever district holds it: the same answer as in scope.
    expect(await answer(Promise.resolve(response), caseId)).toEqual(await answer(maseru.post('/v1/cases', body(caseId)), caseId));
  });

  it('given another district, every case route answers exactly as for an unknown case', async () => {
    const unknown = randomUUID();
    const routes: [Api, 'get' | 'post', string, object?][] = [
      [berea, 'get', ''],
      [berea, 'get', '?version=1'],
      [berea, 'get', `?asOf=${encodeURIComponent(at('06-01'))}`],
      [berea, 'get', `?knownAt=${encodeURIComponent(new Date().toISOString())}`],
      [berea, 'get', '/timeline'],
      [bereaProsecutor, 'post', '/corrections', { eventId: referralId, reason: 'r', changes: { form: 'labour' } }],
      [berea, 'post', '/corrections', { eventId: referralId, reason: 'r', changes: { form: 'sex' } }],
      [berea, 'post', '/victims', { occurredAt: at('05-03'), sex: 'male', ageGroup: 'child', nationality: 'LS', form: 'sex', identifiedBy: 'ngo' }],
      [berea, 'post', '/investigation', { occurredAt: at('05-03'), unit: 'ATU' }],
      [berea, 'post', '/suspects/a1/arrest', { occurredAt: at('05-03') }],
      [bereaProsecutor, 'post', '/closure', { occurredAt: at('05-03'), reason: 'r' }],
    ];
    const before = await storedCounts(app);
    for (const [api, method, suffix, body] of routes) {
      const send = (id: string) => (method === 'get' ? api.get(`/v1/cases/${id}${suffix}`) : api.post(`/v1/cases/${id}${suffix}`, body!));
      const known = await answer(send(caseId), caseId);
      expect({ suffix, ...known }).toEqual({ suffix, ...(await answer(send(unknown), unknown)) });
      expect({ suffix, status: known.status }).toEqual({ suffix, status: 404 });
    }
    expect(await storedCounts(app)).toEqual(before);
  });

  it('given the case moved to berea, time travel no longer shows it to maseru, personal data least of all', async () => {
    await national.post(`${path}/corrections`, { eventId: referralId, reason: 'moved', changes: { district: 'berea' } }).expect(201);
    for (const query of ['', '?version=2', `?asOf=${encodeURIComponent(at('05-03'))}`, `?knownAt=${encodeURIComponent(at('05-03'))}`]) {
      const response = await maseru.get(`${path}${query}`);
      expect({ query, status: response.status, code: response.body.code }).toEqual({ query, status: 404, code: 'CASE_NOT_FOUND' });
      expect(response.text).not.toContain('Palesa');
    }
    expect((await maseruProsecutor.get(`${path}/timeline`)).status).toBe(404);
    const seen = await berea.get(`${path}?version=2`).expect(200);
    expect(seen.body.victims[0].personal).toEqual({ fullName: 'Palesa Mokoena' });
  });

  it('given asOf before the referral, answers 404 as for an unknown case (not 500)', async () => {
    const unknown = randomUUID();
    const before = `?asOf=${encodeURIComponent(at('04-01'))}`;
    const known = await answer(berea.get(`${path}${before}`), caseId);
    expect(known.status).toBe(404);
    expect(known).toEqual(await answer(berea.get(`/v1/cases/${unknown}${before}`), unknown));
  });
});

import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, at } from '../support/case-requests';
import { expectSealedAndCaughtUp, storedCounts } from '../support/stored';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

/** `{"x":{"x":...}}` nested `depth` levels deep (the outer object is level 1), as JSON text. */
const nested = (depth: number, leaf = '1') => '{"x":'.repeat(depth - 1) + `{"x":${leaf}}` + '}'.repeat(depth - 1);

/** Issue #13 finding 7: odd JSON, reserved keys and unstorable query strings get a clean 400. */
describe('odd requests are refused cleanly and store nothing', () => {
  let app: TestApp;
  let token: string;
  let investigator: Api;
  let auditor: Api;
  let victimServices: Api;
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;

  const post = (route: string, raw: string, headers: Record<string, string> = {}) =>
    request(app.http).post(route).set({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers }).send(raw);

  async function expectRefused(send: () => Promise<{ status: number; body: { code: string; message: string; fields?: { field: string }[] } }>, field?: string) {
    const before = await storedCounts(app);
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    if (field) expect(response.body.fields?.map((f) => f.field)).toContain(field);
    expect(await storedCounts(app)).toEqual(before);
    return response;
  }

  beforeAll(async () => {
    app = await startTestApp();
    token = await app.userToken('investigator');
    investigator = as(app.http, token);
    auditor = as(app.http, await app.userToken('auditor'));
    victimServices = as(app.http, await app.userToken('victim_services'));
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
  });
  afterAll(() => app.close());

  it('given a body nested 3,000 deep, refuses it as malformed (not a 500)', async () => {
    const body = `{"eventId":"${randomUUID()}","reason":"r","changes":${nested(3000)}}`;
    const response = await expectRefused(() => post(`${path}/corrections`, body));
    expect(response.body.message).toContain('deeper than 32');
  });

  it('given 20,000 levels of arrays with an Idempotency-Key, refuses it before anything hashes the body', async () => {
    const body = `{"occurredAt":"${at('05-02')}","unit":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    await expectRefused(() => post(`${path}/investigation`, body, { 'Idempotency-Key': 'deep-1' }));
  });

  it('takes 32 levels and refuses 33 by depth', async () => {
    const within = await post(`${path}/corrections`, `{"eventId":"${randomUUID()}","reason":"r","changes":${nested(31)}}`);
    expect(within.body.message).not.toContain('deeper');
    const beyond = await expectRefused(() => post(`${path}/corrections`, `{"eventId":"${randomUUID()}","reason":"r","changes":${nested(32)}}`));
    expect(beyond.body.message).toContain('deeper than 32');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('given a %s key, refuses it by name instead of dropping it', async (key) => {
    await expectRefused(() => post(`${path}/investigation`, `{"occurredAt":"${at('05-02')}","unit":"ATU","${key}":{"admin":true}}`), key);
    await expectRefused(
      () => post(`${path}/victims`, `{"occurredAt":"${at('05-02')}","sex":"female","ageGroup":"adult","nationality":"LS","form":"sex","identifiedBy":"ngo","personal":{"fullName":"A","${key}":{}}}`),
      `personal.${key}`,
    );
  });

  it.each([['an array', '[]'], ['an empty object', '{}'], ['a string', '"Palesa"']])('given personal data as %s, refuses it', async (_name, personal) => {
    await expectRefused(
      () => post(`${path}/victims`, `{"occurredAt":"${at('05-02')}","sex":"female","ageGroup":"adult","nationality":"LS","form":"sex","identifiedBy":"ngo","personal":${personal}}`),
      'personal',
    );
  });

  it.each([
    ['a NUL in ?court=', '/v1/summonses?court=%00', 'court'],
    ['a C1 control in ?district=', '/v1/summonses?district=maseru%C2%85', 'district'],
    ['a NUL in ?asOf=', `${path}?asOf=2021-05-01T00:00:00Z%00`, 'asOf'],
    ['a noncharacter in ?period=', '/v1/reports/government-action?period=2021-22%EF%BF%BE', 'period'],
    ['a 201-character ?court=', `/v1/summonses?court=${'a'.repeat(201)}`, 'court'],
    ['a NUL in a path parameter', `${path}/victims/v%001/referrals`, 'victimRef'],
  ])('given %s, refuses it naming the parameter', async (_name, route, field) => {
    if (route.includes('/referrals')) {
      const referral = { occurredAt: at('05-02'), service: 'shelter', provider: 'P', governmentFunded: true };
      await expectRefused(() => victimServices.post(route, referral), field);
    } else {
      await expectRefused(() => (route.startsWith('/v1/cases') ? investigator : auditor).get(route), field);
    }
  });

  it('afterwards every event is sealed and every read model caught up', async () => {
    await expectSealedAndCaughtUp(app);
  });
});

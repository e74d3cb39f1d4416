import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, at } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

describe('authentication, roles and district scope', () => {
  let app: TestApp;
  const caseId = randomUUID();
  const referral = { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' };

  beforeAll(async () => {
    app = await startTestApp();
    await as(app.http, await app.userToken('investigator', 'maseru')).post('/v1/cases', referral).expect(201);
  });
  afterAll(() => app.close());

  it('given no token or an unknown one, answers 401', async () => {
    const none = await request(app.http).get(`/v1/cases/${caseId}`).expect(401);
    expect(none.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    await request(app.http).get(`/v1/cases/${caseId}`).set('Authorization', 'Bearer ct_nobody').expect(401);
    await request(app.http).get(`/v1/cases/${caseId}`).set('Authorization', 'Basic abc').expect(401);
  });

  it('given /health, answers without a token', async () => {
    const health = await request(app.http).get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok' });
  });

  it.each([
    ['admin', 'post', '/v1/cases', referral],
    ['investigator', 'post', `/v1/cases/${caseId}/dpp-decision`, { occurredAt: at('05-02'), decision: 'prosecute' }],
    ['prosecutor', 'post', `/v1/cases/${caseId}/investigation`, { occurredAt: at('05-02'), unit: 'ATU' }],
    ['court_clerk', 'post', `/v1/cases/${caseId}/docket`, { occurredAt: at('05-02') }],
    ['victim_services', 'get', `/v1/cases/${caseId}/timeline`, {}],
    ['auditor', 'post', `/v1/cases/${caseId}/closure`, { occurredAt: at('05-02'), reason: 'x' }],
    ['donor', 'get', `/v1/cases/${caseId}`, {}],
    ['investigator', 'post', '/v1/admin/users', { name: 'x', role: 'admin' }],
  ] as const)('given the %s role, %s %s is refused with 403 and nothing is stored', async (role, method, path, body) => {
    const api = as(app.http, await app.userToken(role));
    const before = await app.stream(caseId);
    const response = method === 'get' ? await api.get(path) : await api.post(path, body);
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('ROLE_NOT_ALLOWED');
    expect(await app.stream(caseId)).toEqual(before);
    expect(app.logLines.some((line) => line.includes('ROLE_NOT_ALLOWED') && line.includes(role))).toBe(true);
  });

  it('given an investigator scoped to leribe, a Maseru case does not exist for them (404)', async () => {
    const leribe = as(app.http, await app.userToken('investigator', 'leribe'));
    const read = await leribe.get(`/v1/cases/${caseId}`).expect(404);
    expect(read.body.code).toBe('CASE_NOT_FOUND');
    const before = await app.stream(caseId);
    const write = await leribe.post(`/v1/cases/${caseId}/investigation`, { occurredAt: at('05-02'), unit: 'ATU' }).expect(404);
    expect(write.body.code).toBe('CASE_NOT_FOUND');
    expect(await app.stream(caseId)).toEqual(before);
  });

  it('given an investigator scoped to leribe, refuses a referral in maseru (403)', async () => {
    const leribe = as(app.http, await app.userToken('investigator', 'leribe'));
    const other = randomUUID();
    const response = await leribe.post('/v1/cases', { ...referral, caseId: other }).expect(403);
    expect(response.body.code).toBe('DISTRICT_OUT_OF_SCOPE');
    expect(await app.stream(other)).toEqual([]);
  });

  it('given a nationwide prosecutor, the Maseru case is visible', async () => {
    await as(app.http, await app.userToken('prosecutor')).get(`/v1/cases/${caseId}`).expect(200);
  });

  it('given the admin, creates users and refuses malformed ones', async () => {
    const admin = as(app.http, ADMIN_TOKEN);
    const created = await admin.post('/v1/admin/users', { name: 'Ntate Clerk', role: 'court_clerk', district: 'berea' }).expect(201);
    expect(created.body).toEqual({ userId: expect.any(String), token: expect.stringMatching(/^ct_/), expiresAt: null });
    const bad = await admin.post('/v1/admin/users', { name: 'x', role: 'king' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await admin.post('/v1/admin/users', { name: 'x', role: 'auditor', userId: 'mine' }).expect(400);
  });

  it('stores only the hash of a token', async () => {
    const token = await app.userToken('auditor');
    const { rows } = await app.service.database.pool.query('SELECT token_hash FROM users');
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

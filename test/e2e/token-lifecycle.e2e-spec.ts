import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { AUTHENTICATION_FAILURES } from '../../apps/api/src';
import { as } from '../support/case-requests';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

/** Issue #13 finding 7: tokens are revoked at once, may expire, cannot be guessed at leisure, and a new
 * CASETRAIL_ADMIN_TOKEN replaces the bootstrap admin. */
describe('the token lifecycle', () => {
  let app: TestApp;
  let now = new Date('2026-03-02T08:00:00Z');
  const clock = { now: () => now };
  const admin = () => as(app.http, ADMIN_TOKEN);

  beforeAll(async () => {
    app = await startTestApp({}, { clock });
  });
  afterAll(() => app.close());

  it('given a revocation, the token stops working at once and the user is answered with its revokedAt', async () => {
    const created = await admin().post('/v1/admin/users', { name: 'Auditor A', role: 'auditor' }).expect(201);
    const auditor = as(app.http, created.body.token);
    await auditor.get('/v1/caseload').expect(200);
    const revoked = await admin().post(`/v1/admin/users/${created.body.userId}/revocation`, {}).expect(200);
    expect(revoked.body).toEqual({
      userId: created.body.userId, name: 'Auditor A', role: 'auditor', district: null, agency: null,
      createdAt: now.toISOString(), expiresAt: null, revokedAt: now.toISOString(),
    });
    expect((await auditor.get('/v1/caseload')).status).toBe(401);
    now = new Date(now.getTime() + 60_000);
    const again = await admin().post(`/v1/admin/users/${created.body.userId}/revocation`, {}).expect(200);
    expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
  });

  it('given a non-admin, an unknown user or a malformed id, refuses the revocation', async () => {
    const investigator = await app.userToken('investigator');
    const target = (await admin().post('/v1/admin/users', { name: 'B', role: 'donor' }).expect(201)).body.userId;
    expect((await as(app.http, investigator).post(`/v1/admin/users/${target}/revocation`, {})).status).toBe(403);
    const unknown = await admin().post(`/v1/admin/users/${randomUUID()}/revocation`, {});
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'USER_NOT_FOUND' });
    const malformed = await admin().post('/v1/admin/users/not-a-uuid/revocation', {});
    expect({ status: malformed.status, code: malformed.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('given an expiry, the token works until then and not after', async () => {
    const expiresAt = new Date(now.getTime() + 3_600_000).toISOString();
    const created = await admin().post('/v1/admin/users', { name: 'Donor D', role: 'donor', expiresAt }).expect(201);
    expect(created.body.expiresAt).toBe(expiresAt);
    const donor = as(app.http, created.body.token);
    await donor.get('/v1/caseload').expect(200);
    now = new Date(now.getTime() + 3_600_000);
    expect((await donor.get('/v1/caseload')).status).toBe(401);
  });

  it('given an expiry that has passed, refuses to create the user', async () => {
    const before = await app.service.database.pool.query('SELECT count(*)::int AS n FROM users');
    const response = await admin().post('/v1/admin/users', { name: 'Late', role: 'donor', expiresAt: new Date(now.getTime() - 1000).toISOString() });
    expect({ status: response.status, code: response.body.code, field: response.body.fields?.[0]?.field }).toEqual({ status: 400, code: 'VALIDATION_FAILED', field: 'expiresAt' });
    expect((await app.service.database.pool.query('SELECT count(*)::int AS n FROM users')).rows).toEqual(before.rows);
  });
});

describe('failed authentications', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('given guesses from one address with a new token each time, throttles the address, right guesses included', async () => {
    const guess = () => request(app.http).get('/v1/caseload').set('Authorization', `Bearer ct_${randomBytes(32).toString('base64url')}`);
    for (let i = 0; i < AUTHENTICATION_FAILURES.limit; i++) expect((await guess()).status).toBe(401);
    const refused = await guess();
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const right = await as(app.http, ADMIN_TOKEN).get('/v1/caseload');
    expect({ status: right.status, code: right.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
    expect((await request(app.http).get('/health')).status).toBe(200);
  });
});

describe('the bootstrap admin', () => {
  let database: TestDatabase;
  const FIRST = 'first-admin-token-0123456789';
  const SECOND = 'second-admin-token-0123456789';
  const activeAdmins = async () =>
    (await database.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND revoked_at IS NULL")).rows[0]!.n;
  const startWith = (token: string) => startTestApp({ CASETRAIL_ADMIN_TOKEN: token }, { database });

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('given a second start with another CASETRAIL_ADMIN_TOKEN, replaces the admin: one left, the old token refused', async () => {
    const first = await startWith(FIRST);
    await as(first.http, FIRST).post('/v1/admin/users', { name: 'A', role: 'auditor' }).expect(201);
    await first.close();
    const second = await startWith(SECOND);
    try {
      expect(await activeAdmins()).toBe(1);
      expect((await as(second.http, FIRST).get('/v1/caseload')).status).toBe(401);
      await as(second.http, SECOND).post('/v1/admin/users', { name: 'B', role: 'auditor' }).expect(201);
    } finally {
      await second.close();
    }
    const again = await startWith(SECOND);
    try {
      expect(await activeAdmins()).toBe(1);
      await as(again.http, SECOND).get('/v1/caseload').expect(200);
    } finally {
      await again.close();
    }
  });

  it('given the old, revoked token set again, keeps it revoked and the current admin in place', async () => {
    const back = await startWith(FIRST);
    try {
      expect((await as(back.http, FIRST).get('/v1/caseload')).status).toBe(401);
      expect(back.logLines.some((line) => line.includes('CASETRAIL_ADMIN_TOKEN was revoked'))).toBe(true);
      expect(await activeAdmins()).toBe(1);
    } finally {
      await back.close();
    }
  });
});

import { parse } from 'csv-parse/sync';
import { ROLES } from '@casetrail/domain';
import { as } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

/** api.md "Users and the audit trail": GET /v1/users names every actor; `agency` on creation. */
describe('GET /v1/users', () => {
  let app: TestApp;
  const admin = () => as(app.http, ADMIN_TOKEN);

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('given users with and without an agency, one revoked, lists them all in creation order with no token', async () => {
    const police = await admin().post('/v1/admin/users', { name: 'Ntate Mokoena', role: 'investigator', district: 'maseru', agency: 'LMPS Maseru' }).expect(201);
    const dpp = await admin().post('/v1/admin/users', { name: 'Mme Lerato', role: 'prosecutor' }).expect(201);
    await admin().post(`/v1/admin/users/${dpp.body.userId}/revocation`, {}).expect(200);
    const auditor = await app.userToken('auditor');
    const answer = await as(app.http, auditor).get('/v1/users').expect(200);
    expect(answer.body.filters).toEqual({ role: null, district: null });
    expect(answer.body.nextCursor).toBeNull();
    const byId = new Map(answer.body.items.map((item: { userId: string }) => [item.userId, item]));
    expect(byId.get(police.body.userId)).toEqual({
      userId: police.body.userId, name: 'Ntate Mokoena', role: 'investigator', district: 'maseru', agency: 'LMPS Maseru',
      createdAt: expect.any(String), revokedAt: null,
    });
    expect(byId.get(dpp.body.userId)).toMatchObject({ agency: null, revokedAt: expect.any(String) });
    const ids = answer.body.items.map((item: { userId: string }) => item.userId);
    expect(ids.indexOf(police.body.userId)).toBeLessThan(ids.indexOf(dpp.body.userId));
    expect(JSON.stringify(answer.body)).not.toContain(police.body.token);
    expect(JSON.stringify(answer.body)).not.toMatch(/token|expiresAt/);
  });

  it('given a role and a district, lists only those; a scoped auditor gets their own district', async () => {
    await admin().post('/v1/admin/users', { name: 'Clerk L', role: 'court_clerk', district: 'leribe' }).expect(201);
    await admin().post('/v1/admin/users', { name: 'Clerk M', role: 'court_clerk', district: 'mafeteng' }).expect(201);
    const coordinator = await app.userToken('coordinator');
    const clerks = await as(app.http, coordinator).get('/v1/users?role=court_clerk&district=leribe').expect(200);
    expect(clerks.body.items.map((item: { name: string }) => item.name)).toEqual(['Clerk L']);
    expect(clerks.body.filters).toEqual({ role: 'court_clerk', district: 'leribe' });
    const scoped = await app.userToken('auditor', 'mafeteng');
    const narrowed = await as(app.http, scoped).get('/v1/users?district=leribe').expect(200);
    expect(narrowed.body.filters.district).toBe('mafeteng');
    expect(narrowed.body.items.length).toBeGreaterThan(0);
    expect(narrowed.body.items.every((item: { district: string }) => item.district === 'mafeteng')).toBe(true);
  });

  it('given a walk a page at a time while users are added, sees each user of the first page exactly once', async () => {
    const first = await admin().get('/v1/users?limit=2').expect(200);
    const total = (await admin().get('/v1/users?limit=500').expect(200)).body.items.length;
    const seen: string[] = first.body.items.map((item: { userId: string }) => item.userId);
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      await admin().post('/v1/admin/users', { name: 'Late', role: 'donor' }).expect(201);
      const page = await admin().get(`/v1/users?limit=2&cursor=${cursor}`).expect(200);
      seen.push(...page.body.items.map((item: { userId: string }) => item.userId));
      cursor = page.body.nextCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('given Accept: text/csv, answers the same rows as the JSON', async () => {
    const json = await admin().get('/v1/users?role=investigator').expect(200);
    const csv = await admin().get('/v1/users?role=investigator', { Accept: 'text/csv' }).expect(200);
    const rows = parse(csv.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.userId)).toEqual(json.body.items.map((item: { userId: string }) => item.userId));
    expect(rows[0]?.agency).toBe('LMPS Maseru');
  });

  it.each(ROLES.filter((role) => !['admin', 'auditor', 'coordinator'].includes(role)))('given a %s, refuses with 403', async (role) => {
    const token = await app.userToken(role, role === 'investigator' ? 'maseru' : undefined);
    expect((await as(app.http, token).get('/v1/users')).status).toBe(403);
  });

  it('given a bad filter or cursor, answers 400 naming the field', async () => {
    for (const [query, field] of [['role=king', 'role'], ['limit=0', 'limit'], ['cursor=abc', 'cursor']] as const) {
      const response = await admin().get(`/v1/users?${query}`);
      expect({ status: response.status, code: response.body.code, field: response.body.fields?.[0]?.field }).toEqual({ status: 400, code: 'VALIDATION_FAILED', field });
    }
  });

  it('given an agency that is not plain text, refuses the user and stores nothing', async () => {
    const before = (await admin().get('/v1/users?limit=500').expect(200)).body.items.length;
    const response = await admin().post('/v1/admin/users', { name: 'X', role: 'donor', agency: 'a\u0000b' });
    expect({ status: response.status, field: response.body.fields?.[0]?.field }).toEqual({ status: 400, field: 'agency' });
    expect((await admin().get('/v1/users?limit=500').expect(200)).body.items.length).toBe(before);
  });
});

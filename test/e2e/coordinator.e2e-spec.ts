import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, at } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

describe('the coordinator: nationwide, reads what an auditor reads, writes no case', () => {
  let app: TestApp;
  let coordinator: ReturnType<typeof as>;
  const caseId = randomUUID();

  beforeAll(async () => {
    app = await startTestApp();
    const investigator = as(app.http, await app.userToken('investigator', 'berea'));
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'berea', form: 'labour' }).expect(201);
    coordinator = as(app.http, await app.userToken('coordinator'));
  });
  afterAll(() => app.close());

  it('given a coordinator limited to a district, refuses it (400 naming district) and creates no user', async () => {
    const before = await app.service.database.pool.query('SELECT count(*)::int AS n FROM users');
    const refused = await request(app.http)
      .post('/v1/admin/users')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send({ name: 'Coordinator of Berea', role: 'coordinator', district: 'berea' })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'district' }] });
    const after = await app.service.database.pool.query('SELECT count(*)::int AS n FROM users');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    await request(app.http).post('/v1/admin/users').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ name: 'National coordinator', role: 'coordinator' }).expect(201);
  });

  it.each([
    '/v1/reports/government-action?period=2021-22',
    '/v1/flags',
    '/v1/dpp/backlog',
    '/v1/summonses',
    `/v1/cases/${caseId}`,
    `/v1/cases/${caseId}/timeline`,
  ])('given GET %s, answers 200 nationwide', async (path) => {
    await coordinator.get(path).expect(200);
  });

  it('given a case command, refuses it with 403 and stores nothing', async () => {
    const before = await app.stream(caseId);
    const refused = await coordinator.post(`/v1/cases/${caseId}/investigation`, { occurredAt: at('05-02'), unit: 'ATU' }).expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    expect(await app.stream(caseId)).toEqual(before);
  });
});

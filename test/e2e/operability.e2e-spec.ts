import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

describe('operability: request ids, security headers, rate limits', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ CASETRAIL_RATE_LIMIT: '40' })));
  afterAll(() => app.close());

  it('given an X-Request-Id, echoes it, logs under it, and stores it as the events correlation id', async () => {
    const investigator = as(app.http, await app.userToken('investigator'));
    const caseId = randomUUID();
    const response = await investigator
      .post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'berea', form: 'sex' }, { 'X-Request-Id': 'clerk-form-0042' })
      .expect(201);
    expect(response.headers['x-request-id']).toBe('clerk-form-0042');
    const [event] = await app.stream(caseId);
    expect(event!.correlationId).toBe('clerk-form-0042');
    const generated = await request(app.http).get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const lines = app.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.every((line) => typeof line.time === 'string' && typeof line.level === 'string')).toBe(true);
  });

  it('sends security headers and no x-powered-by', async () => {
    const response = await request(app.http).get('/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('given more requests than a token is allowed, answers 429 with Retry-After, and other tokens are unaffected', async () => {
    const auditor = as(app.http, await app.userToken('auditor'));
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await auditor.get('/v1/caseload')).status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(38);
    const limited = await auditor.get('/v1/caseload');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    await as(app.http, await app.userToken('donor')).get('/v1/caseload').expect(200);
  });
});

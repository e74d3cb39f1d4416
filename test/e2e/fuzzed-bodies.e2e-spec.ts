import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

/** A small deterministic generator, so a failure can be replayed from its seed. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return { next, pick };
}

const WEIRD: unknown[] = [
  null, true, 0, -1, 1.5, 1e308, '', ' ', 'x'.repeat(5000), '2021-13-45T99:99:99+02:00', '2021-11-08', 'maseru ',
  'LESOTHO', [], [1, 2], {}, { $gt: '' }, '__proto__', '<script>', '\u0000', 'prosecute', 'convicted', -0,
];

describe('fuzzed bodies never cause a 500, and a refused one stores nothing', () => {
  let app: TestApp;
  const caseId = randomUUID();
  const tokens: Record<string, string> = {};

  const routes: [string, string, Record<string, unknown>][] = [
    ['investigator', '/v1/cases', { caseId: randomUUID(), occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }],
    ['investigator', `/v1/cases/${caseId}/victims`, { occurredAt: at('05-02'), sex: 'female', ageGroup: 'child', nationality: 'LS', form: 'sex', identifiedBy: 'ngo', personal: { fullName: 'A' } }],
    ['investigator', `/v1/cases/${caseId}/suspects`, { occurredAt: at('05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }],
    ['prosecutor', `/v1/cases/${caseId}/dpp-decision`, { occurredAt: at('05-03'), decision: 'prosecute', forum: 'magistrate' }],
    ['prosecutor', `/v1/cases/${caseId}/summonses`, { suspectRef: 's1', occurredAt: at('05-03'), court: 'X', returnDate: '2021-06-01' }],
    ['court_clerk', `/v1/cases/${caseId}/suspects/s1/sentence`, { occurredAt: at('05-03'), imprisonmentMonths: 1, suspendedMonths: 0, fineInLieuOfPrison: false }],
    ['court_clerk', `/v1/cases/${caseId}/corrections`, { eventId: randomUUID(), reason: 'r', changes: { occurredAt: at('05-01') } }],
  ];

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'court_clerk'] as const) tokens[role] = await app.userToken(role);
    await as(app.http, tokens.investigator!).post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
  });
  afterAll(() => app.close());

  it('given 400 mutated bodies (wrong types, missing and extra fields, huge strings, bad enums and dates)', async () => {
    const random = generator(20211108);
    const stored = async () => (await app.service.database.pool.query('SELECT count(*)::int AS n FROM events')).rows[0].n as number;
    const before = await stored();
    const statuses = new Map<number, number>();
    const refusedButStored: string[] = [];
    for (let i = 0; i < 400; i++) {
      const [role, path, valid] = random.pick(routes);
      const body: Record<string, unknown> = { ...valid };
      const fields = Object.keys(body);
      const mutation = random.pick(['replace', 'drop', 'extra', 'replace-two']);
      if (mutation === 'drop') delete body[random.pick(fields)];
      else if (mutation === 'extra') body[random.pick(['recordedAt', 'actor', 'version', 'eventId', 'zzz', '__proto__'])] = random.pick(WEIRD);
      else {
        body[random.pick(fields)] = random.pick(WEIRD);
        if (mutation === 'replace-two') body[random.pick(fields)] = random.pick(WEIRD);
      }
      const storedBefore = await stored();
      const response = await as(app.http, tokens[role]!).post(path, body);
      if (response.status !== 201 && (await stored()) !== storedBefore) refusedButStored.push(`${response.status} ${path} ${JSON.stringify(body).slice(0, 200)}`);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status).toBeLessThan(500);
      if (response.status !== 201) expect(response.body.code).toEqual(expect.any(String));
    }
    expect(refusedButStored).toEqual([]);
    expect((await stored()) - before).toBe(statuses.get(201) ?? 0);
    expect(statuses.get(400)).toBeGreaterThan(200);
  });

  it('given bodies that are not objects, not JSON, or too large, refuses them', async () => {
    const auth = { Authorization: `Bearer ${tokens.investigator}`, 'Content-Type': 'application/json' };
    const before = await app.stream(caseId);
    for (const raw of ['[]', '"text"', 'null', '42', '{"occurredAt":', 'not json']) {
      const response = await request(app.http).post(`/v1/cases/${caseId}/investigation`).set(auth).send(raw);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
    const huge = await request(app.http)
      .post(`/v1/cases/${caseId}/investigation`)
      .set(auth)
      .send(JSON.stringify({ occurredAt: at('05-02'), unit: 'x'.repeat(2_000_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await app.stream(caseId)).toEqual(before);
  });
});

import { randomUUID } from 'node:crypto';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

describe('conditional, idempotent and concurrent commands', () => {
  let app: TestApp;
  let investigator: ReturnType<typeof as>;

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator'));
  });
  afterAll(() => app.close());

  async function newCase(): Promise<string> {
    const caseId = randomUUID();
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'ngo', district: 'berea', form: 'unknown' }).expect(201);
    return caseId;
  }
  const suspect = (n: number) => ({ suspectRef: `s${n}`, occurredAt: at('05-02'), sex: 'male', nationality: 'ZA', isGovernmentOfficial: false });

  it('given If-Match with the current version, applies; with a stale one, answers 412 and stores nothing', async () => {
    const caseId = await newCase();
    const ok = await investigator.post(`/v1/cases/${caseId}/suspects`, suspect(1), { 'If-Match': '"1"' }).expect(201);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await investigator.post(`/v1/cases/${caseId}/suspects`, suspect(2), { 'If-Match': '"1"' }).expect(412);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(await app.stream(caseId)).toHaveLength(2);
    await investigator.post(`/v1/cases/${caseId}/suspects`, suspect(3), { 'If-Match': 'garbage' }).expect(400);
  });

  it('given the same Idempotency-Key and body, answers the first answer again and stores nothing new', async () => {
    const caseId = await newCase();
    const headers = { 'Idempotency-Key': 'form-42' };
    const first = await investigator.post(`/v1/cases/${caseId}/suspects`, suspect(1), headers).expect(201);
    const again = await investigator.post(`/v1/cases/${caseId}/suspects`, suspect(1), headers).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(await app.stream(caseId)).toHaveLength(2);
    const reused = await investigator.post(`/v1/cases/${caseId}/suspects`, suspect(2), headers).expect(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await app.stream(caseId)).toHaveLength(2);
  });

  it('given the same Idempotency-Key sent 10 times at once, stores the event once and answers alike', async () => {
    const caseId = await newCase();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => investigator.post(`/v1/cases/${caseId}/suspects`, suspect(7), { 'Idempotency-Key': 'burst' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    expect(await app.stream(caseId)).toHaveLength(2);
  });

  it('given 20 concurrent commands without If-Match, all are stored with contiguous versions', async () => {
    const caseId = await newCase();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => investigator.post(`/v1/cases/${caseId}/suspects`, suspect(100 + n))),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const events = await app.stream(caseId);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const stored = new Set(events.map((e) => e.eventId));
    for (const answer of answers) expect(stored.has(answer.body.eventIds[0])).toBe(true);
  });

  it('given 20 concurrent commands with the same If-Match, exactly the 201s are stored and every 412 stored nothing', async () => {
    const caseId = await newCase();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => investigator.post(`/v1/cases/${caseId}/suspects`, suspect(200 + n), { 'If-Match': '"1"' })),
    );
    const created = answers.filter((a) => a.status === 201);
    const conflicts = answers.filter((a) => a.status === 412);
    expect(created).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const events = await app.stream(caseId);
    expect(events.map((e) => e.version)).toEqual([1, 2]);
    expect(events[1]!.eventId).toBe(created[0]!.body.eventIds[0]);
  });
});

import { randomUUID } from 'node:crypto';
import { as, asText, at } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

describe("a person's identifying details: sealed in the log, opened only for those who need them, erasable", () => {
  let app: TestApp;
  let investigator: ReturnType<typeof as>;
  const caseId = randomUUID();
  const canary = 'Lineo Zzcanaryzz';

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator'));
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'hotline', district: 'quthing', form: 'sex' }).expect(201);
  });
  afterAll(() => app.close());

  it('given a victim with personal data, stores only ciphertext, then erasure makes it unrecoverable', async () => {
    const identified = await investigator
      .post(`/v1/cases/${caseId}/victims`, {
        victimRef: 'v1', occurredAt: at('05-02'), sex: 'female', ageGroup: 'child', nationality: 'LS', form: 'sex',
        identifiedBy: 'ngo', personal: { fullName: canary, idNumber: 'ZZ-CANARY-77' },
      })
      .expect(201);
    const subjectRef = identified.body.subjectRef as string;

    const dump = async () => {
      const { rows: events } = await app.service.database.pool.query('SELECT * FROM events');
      const { rows: keys } = await app.service.database.pool.query('SELECT * FROM subject_keys');
      return JSON.stringify(events) + JSON.stringify(keys);
    };
    expect(await dump()).not.toContain('canary');
    expect(await dump()).not.toContain('CANARY');
    expect((await investigator.get(`/v1/cases/${caseId}`)).body.victims[0].personal).toEqual({
      fullName: canary,
      idNumber: 'ZZ-CANARY-77',
    });
    const auditor = as(app.http, await app.userToken('auditor'));
    expect(JSON.stringify((await auditor.get(`/v1/cases/${caseId}`)).body)).not.toContain('canary');

    const refused = await investigator.post(`/v1/subjects/${subjectRef}/erasure`, { reason: 'request of the person' }).expect(403);
    expect(refused.body.code).toBe('ROLE_NOT_ALLOWED');
    const erased = await as(app.http, ADMIN_TOKEN).post(`/v1/subjects/${subjectRef}/erasure`, { reason: 'request of the person' }).expect(201);
    expect(erased.body).toMatchObject({ caseId, version: 3 });
    const again = await as(app.http, ADMIN_TOKEN).post(`/v1/subjects/${subjectRef}/erasure`, { reason: 'twice' });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('SUBJECT_ALREADY_ERASED');

    const after = await investigator.get(`/v1/cases/${caseId}`).expect(200);
    expect(after.body.victims[0]).toMatchObject({ victimRef: 'v1', sex: 'female', ageGroup: 'child', personal: null });
    const events = await app.stream(caseId);
    expect(events.map((e) => e.type)).toEqual(['CaseReferred', 'VictimIdentified', 'PersonalDataErased']);
    expect(asText(events[2])).not.toContain('canary');
    expect(app.logLines.join('\n')).not.toContain('canary');
  });

  it('given an unknown subject, erasure answers 404', async () => {
    const response = await as(app.http, ADMIN_TOKEN).post('/v1/subjects/subj_nobody/erasure', { reason: 'x' }).expect(404);
    expect(response.body.code).toBe('SUBJECT_NOT_FOUND');
  });
});

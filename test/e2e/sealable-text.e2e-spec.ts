import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, at } from '../support/case-requests';
import { expectSealedAndCaughtUp, storedCounts } from '../support/stored';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

/** Issue #13 findings 1, 4 and 7: text that could not be sealed or stored is refused at the door. */
describe('text that can be stored is text that can be sealed', () => {
  let app: TestApp;
  let investigator: Api;
  let prosecutor: Api;
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator'));
    prosecutor = as(app.http, await app.userToken('prosecutor'));
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
    await investigator.post(`${path}/suspects`, { suspectRef: 'a1', occurredAt: at('05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }).expect(201);
    await investigator.post(`${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }).expect(201);
    await investigator.post(`${path}/docket`, { occurredAt: at('05-04') }).expect(201);
    await prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('05-05'), decision: 'prosecute' }).expect(201);
    await prosecutor.post(`${path}/suspects/a1/charges`, { occurredAt: at('05-06'), statute: 'anti_trafficking_act', counts: 1 }).expect(201);
  });
  afterAll(() => app.close());

  const bad: [string, string][] = [
    ['an unpaired surrogate', 'Maseru \uD800'],
    ['NUL', 'Maseru\u0000'],
    ['a C1 control', 'Maseru\u0085'],
    ['DEL', 'Maseru\u007F'],
    ['a noncharacter', 'Maseru\uFFFE'],
  ];

  it.each(bad)('given %s in free text, a short field, a personal field and a user name, refuses each with 400 naming it', async (_name, text) => {
    const before = await storedCounts(app);
    const attempts: [Api | null, string, Record<string, unknown>, string][] = [
      [investigator, '/v1/cases', { occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex', summary: text }, 'summary'],
      [prosecutor, `${path}/summonses`, { suspectRef: 'a1', occurredAt: at('05-07'), court: text, returnDate: '2021-06-01' }, 'court'],
      [investigator, `${path}/victims`, { occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'police', personal: { fullName: text } }, 'personal.fullName'],
      [prosecutor, `${path}/closure`, { occurredAt: at('05-08'), reason: text }, 'reason'],
      [null, '/v1/admin/users', { name: text, role: 'auditor' }, 'name'],
    ];
    for (const [api, route, body, field] of attempts) {
      const response = api ? await api.post(route, body) : await request(app.http).post(route).set('Authorization', `Bearer ${ADMIN_TOKEN}`).send(body);
      expect({ route, status: response.status, code: response.body.code }).toEqual({ route, status: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await storedCounts(app)).toEqual(before);
  });

  it('given a correction that would write an unsealable text into an event, refuses it', async () => {
    const { body: timeline } = await investigator.get(`${path}/timeline`).expect(200);
    const referral = timeline.events[0].eventId as string;
    const before = await storedCounts(app);
    const response = await investigator.post(`${path}/corrections`, { eventId: referral, reason: 'typo', changes: { summary: 'a\uDBFF' } });
    expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await storedCounts(app)).toEqual(before);
  });

  it('counts code points: 2,000 astral characters of free text are taken, 201 short ones are not', async () => {
    await prosecutor.post(`${path}/suspects/a1/withdrawal`, { occurredAt: at('05-07'), reason: '𝄞'.repeat(2000) }).expect(201);
    const tooLong = await prosecutor.post(`${path}/summonses`, { suspectRef: 'a1', occurredAt: at('05-07'), court: 'é'.repeat(201), returnDate: '2021-06-01' });
    expect({ status: tooLong.status, code: tooLong.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('afterwards every event is sealed and every read model caught up', async () => {
    await expectSealedAndCaughtUp(app);
  });
});

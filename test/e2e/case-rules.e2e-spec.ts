import { randomUUID } from 'node:crypto';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

describe('every rule of the brief, broken over HTTP, is refused by name and stores nothing', () => {
  let app: TestApp;
  let investigator: Api;
  let prosecutor: Api;
  let clerk: Api;
  let victimServices: Api;

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator'));
    prosecutor = as(app.http, await app.userToken('prosecutor'));
    clerk = as(app.http, await app.userToken('court_clerk'));
    victimServices = as(app.http, await app.userToken('victim_services'));
  });
  afterAll(() => app.close());

  /** A case taken as far as `stage` along the usual path; returns its path. */
  async function caseAt(stage: 'referred' | 'investigating' | 'with_dpp' | 'prosecuting' | 'charged' | 'summoned' | 'convicted' | 'closed') {
    const caseId = randomUUID();
    const path = `/v1/cases/${caseId}`;
    const order = ['referred', 'investigating', 'with_dpp', 'prosecuting', 'charged', 'summoned', 'convicted', 'closed'];
    const reach = (s: string) => order.indexOf(s) <= order.indexOf(stage);
    await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'leribe', form: 'sex' }).expect(201);
    await investigator.post(`${path}/suspects`, { suspectRef: 'a1', occurredAt: at('05-02'), sex: 'female', nationality: 'LS', isGovernmentOfficial: false }).expect(201);
    if (reach('investigating')) await investigator.post(`${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }).expect(201);
    if (reach('with_dpp')) await investigator.post(`${path}/docket`, { occurredAt: at('05-04') }).expect(201);
    if (reach('prosecuting')) await prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('05-05'), decision: 'prosecute' }).expect(201);
    if (reach('charged')) await prosecutor.post(`${path}/suspects/a1/charges`, { occurredAt: at('05-06'), statute: 'anti_trafficking_act', counts: 1 }).expect(201);
    if (reach('summoned')) {
      await prosecutor.post(`${path}/summonses`, { summonsRef: 'sm1', suspectRef: 'a1', occurredAt: at('05-07'), court: 'Leribe', returnDate: '2021-06-01' }).expect(201);
      await clerk.post(`${path}/summonses/sm1/service`, { occurredAt: at('05-08'), outcome: 'served' }).expect(201);
    }
    if (reach('convicted')) {
      await clerk.post(`${path}/suspects/a1/trial`, { occurredAt: at('05-09') }).expect(201);
      await clerk.post(`${path}/suspects/a1/verdict`, { occurredAt: at('05-10'), outcome: 'convicted', statute: 'anti_trafficking_act' }).expect(201);
    }
    if (reach('closed')) await prosecutor.post(`${path}/closure`, { occurredAt: at('05-11'), reason: 'done' }).expect(201);
    return { caseId, path };
  }

  async function expectRefused(caseId: string, send: () => Promise<{ status: number; body: { code: string } }>, status: number, code: string) {
    const before = await app.stream(caseId);
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body).toMatchObject({ statusCode: status, error: expect.any(String), message: expect.any(String) });
    expect(await app.stream(caseId)).toEqual(before);
  }

  it('nothing happens to a case that was never referred', async () => {
    const caseId = randomUUID();
    await expectRefused(caseId, () => investigator.post(`/v1/cases/${caseId}/investigation`, { occurredAt: at('05-01'), unit: 'ATU' }), 404, 'CASE_NOT_FOUND');
  });

  it('a case is referred once', async () => {
    const { caseId } = await caseAt('referred');
    await expectRefused(caseId, () => investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'leribe', form: 'sex' }), 409, 'CASE_ALREADY_EXISTS');
  });

  it('charges need a DPP decision to prosecute', async () => {
    const { caseId, path } = await caseAt('with_dpp');
    await expectRefused(caseId, () => prosecutor.post(`${path}/suspects/a1/charges`, { occurredAt: at('05-06'), statute: 'other', counts: 1 }), 422, 'CHARGES_NEED_DPP_DECISION');
  });

  it('a DPP decision needs a docket before the DPP', async () => {
    const { caseId, path } = await caseAt('investigating');
    await expectRefused(caseId, () => prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('05-06'), decision: 'prosecute' }), 422, 'DOCKET_NOT_WITH_DPP');
  });

  it('a summons needs charges', async () => {
    const { caseId, path } = await caseAt('prosecuting');
    await expectRefused(caseId, () => prosecutor.post(`${path}/summonses`, { suspectRef: 'a1', occurredAt: at('05-07'), court: 'Leribe', returnDate: '2021-06-01' }), 422, 'SUMMONS_NEEDS_CHARGES');
  });

  it('service needs an issued, unserved summons', async () => {
    const { caseId, path } = await caseAt('summoned');
    await expectRefused(caseId, () => clerk.post(`${path}/summonses/sm1/service`, { occurredAt: at('05-09'), outcome: 'served' }), 422, 'SUMMONS_ALREADY_SERVED');
    await expectRefused(caseId, () => clerk.post(`${path}/summonses/nope/service`, { occurredAt: at('05-09'), outcome: 'served' }), 422, 'SUMMONS_NOT_FOUND');
  });

  it('a verdict needs a trial', async () => {
    const { caseId, path } = await caseAt('charged');
    await expectRefused(caseId, () => clerk.post(`${path}/suspects/a1/verdict`, { occurredAt: at('05-10'), outcome: 'convicted', statute: 'other' }), 422, 'VERDICT_NEEDS_TRIAL');
  });

  it('a sentence needs a conviction', async () => {
    const { caseId, path } = await caseAt('summoned');
    await expectRefused(caseId, () => clerk.post(`${path}/suspects/a1/sentence`, { occurredAt: at('05-12'), imprisonmentMonths: 12, suspendedMonths: 0, fineInLieuOfPrison: false }), 422, 'SENTENCE_NEEDS_CONVICTION');
  });

  it('an appeal needs a verdict', async () => {
    const { caseId, path } = await caseAt('summoned');
    await expectRefused(caseId, () => prosecutor.post(`${path}/appeals`, { suspectRef: 'a1', occurredAt: at('05-12'), appellant: 'crown' }), 422, 'APPEAL_NEEDS_VERDICT');
  });

  it('a victim referral needs an identified victim', async () => {
    const { caseId, path } = await caseAt('referred');
    await expectRefused(caseId, () => victimServices.post(`${path}/victims/ghost/referrals`, { occurredAt: at('05-03'), service: 'medical', provider: 'clinic', governmentFunded: true }), 422, 'VICTIM_NOT_FOUND');
  });

  it('a closed case takes no more actions', async () => {
    const { caseId, path } = await caseAt('closed');
    await expectRefused(caseId, () => clerk.post(`${path}/suspects/a1/sentence`, { occurredAt: at('05-12'), imprisonmentMonths: 12, suspendedMonths: 0, fineInLieuOfPrison: false }), 422, 'CASE_CLOSED');
  });

  it('no event may claim to have happened before what it depends on', async () => {
    const { caseId, path } = await caseAt('charged');
    await expectRefused(caseId, () => prosecutor.post(`${path}/summonses`, { suspectRef: 'a1', occurredAt: at('05-05', '08:00'), court: 'Leribe', returnDate: '2021-06-01' }), 422, 'OCCURRED_BEFORE_DEPENDENCY');
  });

  it('no event may claim to have happened in the future', async () => {
    const { caseId, path } = await caseAt('referred');
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    await expectRefused(caseId, () => investigator.post(`${path}/investigation`, { occurredAt: tomorrow, unit: 'ATU' }), 422, 'OCCURRED_IN_FUTURE');
  });
});

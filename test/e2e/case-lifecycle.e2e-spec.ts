import { randomUUID } from 'node:crypto';
import { as, asText, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a case through its whole life (HTTP, real database)', () => {
  let app: TestApp;
  let investigator: ReturnType<typeof as>;
  let prosecutor: ReturnType<typeof as>;
  let clerk: ReturnType<typeof as>;
  let victimServices: ReturnType<typeof as>;
  let auditor: ReturnType<typeof as>;
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;
  let referredAt: string;
  let sentenceEventId: string;

  beforeAll(async () => {
    app = await startTestApp();
    investigator = as(app.http, await app.userToken('investigator', 'maseru'));
    prosecutor = as(app.http, await app.userToken('prosecutor'));
    clerk = as(app.http, await app.userToken('court_clerk'));
    victimServices = as(app.http, await app.userToken('victim_services'));
    auditor = as(app.http, await app.userToken('auditor'));
  });
  afterAll(() => app.close());

  it('given a referral, when every step of the lifecycle is recorded, then each is stored with its actor', async () => {
    const referred = await investigator
      .post('/v1/cases', { caseId, occurredAt: at('06-01'), source: 'labour_inspection', district: 'maseru', form: 'labour' })
      .expect(201);
    expect(referred.body).toMatchObject({ caseId, version: 1, eventIds: [expect.any(String)] });
    expect(referred.headers.etag).toBe('"1"');
    referredAt = new Date().toISOString();

    const victim = await victimServices
      .post(`${path}/victims`, {
        occurredAt: at('06-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour',
        identifiedBy: 'government', personal: { fullName: 'Palesa Canary' },
      })
      .expect(201);
    expect(victim.body.victimRef).toEqual(expect.any(String));
    expect(victim.body.subjectRef).toEqual(expect.any(String));
    await victimServices
      .post(`${path}/victims/${victim.body.victimRef}/referrals`, {
        occurredAt: at('06-03'), service: 'shelter', provider: 'Beautiful Dreams Society', governmentFunded: false,
      })
      .expect(201);
    await investigator.post(`${path}/investigation`, { occurredAt: at('06-04'), unit: 'LMPS Anti-Trafficking Unit' }).expect(201);
    await investigator
      .post(`${path}/suspects`, { suspectRef: 'employer', occurredAt: at('06-05'), sex: 'male', nationality: 'CN', isGovernmentOfficial: false })
      .expect(201);
    await investigator
      .post(`${path}/suspects`, {
        suspectRef: 'official', occurredAt: at('06-05'), sex: 'male', nationality: 'LS',
        isGovernmentOfficial: true, officialAgency: 'Department of Immigration',
      })
      .expect(201);
    await investigator.post(`${path}/suspects/employer/arrest`, { occurredAt: at('06-06') }).expect(201);
    await investigator.post(`${path}/docket`, { occurredAt: at('07-01') }).expect(201);
    await prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('09-01'), decision: 'prosecute', forum: 'magistrate' }).expect(201);
    await prosecutor.post(`${path}/suspects/employer/charges`, { occurredAt: at('09-02'), statute: 'anti_trafficking_act', counts: 2 }).expect(201);
    const summons = await prosecutor
      .post(`${path}/summonses`, { suspectRef: 'employer', occurredAt: at('09-03'), court: 'Maseru Magistrate Court', returnDate: '2021-10-01' })
      .expect(201);
    const summonsRef = summons.body.summonsRef as string;
    await investigator.post(`${path}/summonses/${summonsRef}/service`, { occurredAt: at('09-04'), outcome: 'failed', note: 'not at home' }).expect(201);
    await clerk.post(`${path}/summonses/${summonsRef}/service`, { occurredAt: at('09-06'), outcome: 'served' }).expect(201);
    await clerk.post(`${path}/suspects/employer/trial`, { occurredAt: at('10-01') }).expect(201);
    await clerk.post(`${path}/suspects/employer/verdict`, { occurredAt: at('11-01'), outcome: 'convicted', statute: 'anti_trafficking_act' }).expect(201);
    const sentence = await clerk
      .post(`${path}/suspects/employer/sentence`, {
        occurredAt: at('11-15'), imprisonmentMonths: 120, suspendedMonths: 120, fine: 10000, fineInLieuOfPrison: false,
      })
      .expect(201);
    sentenceEventId = sentence.body.eventIds[0];
    const appeal = await prosecutor.post(`${path}/appeals`, { suspectRef: 'employer', occurredAt: at('11-20'), appellant: 'crown' }).expect(201);
    await clerk.post(`${path}/appeals/${appeal.body.appealRef}/decision`, { occurredAt: at('12-10'), outcome: 'abandoned' }).expect(201);
    await prosecutor.post(`${path}/closure`, { occurredAt: at('12-15'), reason: 'proceedings concluded' }).expect(201);
    const corrected = await clerk
      .post(`${path}/corrections`, { eventId: sentenceEventId, reason: 'clerical error: 60 months suspended', changes: { suspendedMonths: 60 } })
      .expect(201);
    expect(corrected.body.version).toBe(20);

    const events = await app.stream(caseId);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(events.map((e) => e.type)).toEqual([
      'CaseReferred', 'VictimIdentified', 'VictimReferredToServices', 'InvestigationOpened', 'SuspectIdentified',
      'SuspectIdentified', 'SuspectArrested', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'ChargesFiled',
      'SummonsIssued', 'SummonsServiceFailed', 'SummonsServed', 'TrialStarted', 'VerdictDelivered', 'SentenceImposed',
      'AppealFiled', 'AppealDecided', 'CaseClosed', 'EventCorrected',
    ]);
    expect(new Set(events.map((e) => e.actor.role))).toEqual(
      new Set(['investigator', 'victim_services', 'prosecutor', 'court_clerk']),
    );
    expect(asText(events)).not.toContain('Canary');
  });

  it('when read now, shows the closed case with its accused, summons, victim and the corrected sentence', async () => {
    const now = await auditor.get(path).expect(200);
    expect(now.headers.etag).toBe('"20"');
    expect(now.body).toMatchObject({ caseId, stage: 'closed', form: 'labour', district: 'maseru', version: 20 });
    const employer = now.body.accused.find((a: { suspectRef: string }) => a.suspectRef === 'employer');
    expect(employer.status).toBe('appeal_decided');
    expect(now.body.summonses).toEqual([expect.objectContaining({ suspectRef: 'employer', status: 'served' })]);
    expect(now.body.victims).toEqual([expect.objectContaining({ sex: 'female', ageGroup: 'adult', nationality: 'LS' })]);
    expect(JSON.stringify(now.body)).not.toContain('Canary');
  });

  it('when read as of earlier moments, shows the world as it stood then', async () => {
    const investigating = await auditor.get(`${path}?asOf=${encodeURIComponent(at('06-30'))}`).expect(200);
    expect(investigating.body.stage).toBe('under_investigation');
    expect(investigating.body.accused.map((a: { status: string }) => a.status).sort()).toEqual(['arrested', 'identified']);

    const withDpp = await auditor.get(`${path}?asOf=${encodeURIComponent(at('08-15'))}`).expect(200);
    expect(withDpp.body.stage).toBe('with_dpp');

    const afterFailedService = await auditor.get(`${path}?asOf=${encodeURIComponent(at('09-05'))}`).expect(200);
    expect(afterFailedService.body.summonses[0].status).toBe('failed');

    const firstThree = await auditor.get(`${path}?version=3`).expect(200);
    expect(firstThree.body.version).toBe(3);
    expect(firstThree.headers.etag).toBe('"3"');

    const knownAtReferral = await auditor.get(`${path}?knownAt=${encodeURIComponent(referredAt)}`).expect(200);
    expect(knownAtReferral.body).toMatchObject({ stage: 'referred', version: 1 });
  });

  it('when read by the investigator, opens the victim personal data that the auditor never sees', async () => {
    const seen = await investigator.get(path).expect(200);
    expect(seen.body.victims[0].personal).toEqual({ fullName: 'Palesa Canary' });
  });

  it('when the timeline is read, lists every event with actor and times, the correction beside the sentence', async () => {
    const timeline = await auditor.get(`${path}/timeline`).expect(200);
    expect(timeline.body.events).toHaveLength(20);
    const sentence = timeline.body.events.find((e: { eventId: string }) => e.eventId === sentenceEventId);
    expect(sentence).toMatchObject({
      type: 'SentenceImposed',
      occurredAt: at('11-15'),
      recordedAt: expect.any(String),
      actor: { role: 'court_clerk', userId: expect.any(String) },
      data: expect.objectContaining({ suspendedMonths: 120 }),
      correctedBy: [expect.objectContaining({ changes: { suspendedMonths: 60 } })],
    });
    expect(JSON.stringify(timeline.body)).not.toContain('Canary');
  });
});

import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@casetrail/domain';
import { as, at } from '../support/case-requests';
import { startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;

/** How far along the usual path a case is taken before the command is sent. */
type Stage = 'referred' | 'investigating' | 'arrested' | 'docket_missing' | 'charged' | 'appeared' | 'on_trial' | 'convicted';
const LADDER: readonly Stage[] = ['referred', 'investigating', 'arrested', 'charged', 'appeared', 'on_trial', 'convicted'];

interface Route {
  readonly name: string;
  readonly path: string;
  readonly roles: readonly Role[];
  readonly stage: Stage;
  readonly body: Record<string, unknown>;
  readonly event: string;
  /** A body malformed in one field, named. */
  readonly bad: readonly [field: string, body: Record<string, unknown>];
  /** A case and body that break a rule of the domain, and the rule's name. */
  readonly refused: Readonly<{ stage: Stage; forum?: 'high_court'; body?: Record<string, unknown>; path?: string; code: string }>;
}

const HASH = 'AB'.repeat(32);
const ROUTES: readonly Route[] = [
  {
    name: 'protection', path: 'victims/v1/protection', roles: ['victim_services'], stage: 'referred',
    body: { occurredAt: at('05-03'), service: 'shelter', provider: 'Beautiful Dawn', governmentFunded: false },
    event: 'ProtectionServiceProvided',
    bad: ['service', { occurredAt: at('05-03'), service: 'spa', provider: 'x', governmentFunded: false }],
    refused: { stage: 'referred', path: 'victims/v9/protection', code: 'VICTIM_NOT_FOUND' },
  },
  {
    name: 'repatriation', path: 'victims/v1/repatriation', roles: ['victim_services'], stage: 'referred',
    body: { occurredAt: at('05-03'), destination: 'ZA', governmentFunded: true }, event: 'VictimRepatriated',
    bad: ['destination', { occurredAt: at('05-03'), destination: 'Narnia', governmentFunded: true }],
    refused: { stage: 'referred', path: 'victims/v9/repatriation', code: 'VICTIM_NOT_FOUND' },
  },
  {
    name: 'cooperation', path: 'victims/v1/cooperation', roles: ['investigator', 'prosecutor', 'victim_services'],
    stage: 'on_trial', body: { occurredAt: at('05-12'), cooperation: 'testified', note: 'gave evidence in chief' },
    event: 'VictimCooperationRecorded',
    bad: ['cooperation', { occurredAt: at('05-12'), cooperation: 'bribed' }],
    refused: { stage: 'charged', body: { occurredAt: at('05-12'), cooperation: 'testified' }, code: 'TESTIMONY_NEEDS_TRIAL' },
  },
  {
    name: 'complicity', path: 'suspects/a1/complicity', roles: ['investigator', 'prosecutor'], stage: 'referred',
    body: { occurredAt: at('05-03'), agency: 'Lesotho Mounted Police Service', summary: 'escorted the vehicle' },
    event: 'OfficialComplicityAlleged',
    bad: ['agency', { occurredAt: at('05-03'), agency: 'x'.repeat(201) }],
    refused: { stage: 'referred', body: { occurredAt: at('05-01', '10:00'), agency: 'LMPS' }, code: 'OCCURRED_BEFORE_DEPENDENCY' },
  },
  {
    name: 'bail', path: 'suspects/a1/bail', roles: ['investigator', 'court_clerk'], stage: 'arrested',
    body: { occurredAt: at('05-05'), amount: 2000, conditions: 'report weekly to Maseru Central' }, event: 'BailGranted',
    bad: ['amount', { occurredAt: at('05-05'), amount: -1 }],
    refused: { stage: 'investigating', body: { occurredAt: at('05-05') }, code: 'SUSPECT_NOT_ARRESTED' },
  },
  {
    name: 'docket missing', path: 'docket/missing', roles: ['investigator', 'prosecutor'], stage: 'investigating',
    body: { occurredAt: at('05-05'), note: 'not found at the registry' }, event: 'DocketReportedMissing',
    bad: ['note', { occurredAt: at('05-05'), note: 'bell\u0007' }],
    refused: { stage: 'referred', body: { occurredAt: at('05-05') }, code: 'DOCKET_NOT_OPENED' },
  },
  {
    name: 'docket reconstruction', path: 'docket/reconstruction', roles: ['investigator'], stage: 'docket_missing',
    body: { occurredAt: at('05-06'), note: 'rebuilt from statements' }, event: 'DocketReconstructed',
    bad: ['occurredAt', { occurredAt: '2021-05-06' }],
    refused: { stage: 'investigating', body: { occurredAt: at('05-06') }, code: 'DOCKET_NOT_MISSING' },
  },
  {
    name: 'appearance', path: 'suspects/a1/appearance', roles: ['prosecutor', 'court_clerk'], stage: 'charged',
    body: { occurredAt: at('05-09'), court: 'Maseru Magistrate Court' }, event: 'AccusedAppeared',
    bad: ['court', { occurredAt: at('05-09'), court: 42 }],
    refused: { stage: 'arrested', body: { occurredAt: at('05-09') }, code: 'CHARGES_NOT_FILED' },
  },
  {
    name: 'adjournment', path: 'suspects/a1/adjournment', roles: ['court_clerk'], stage: 'appeared',
    body: { occurredAt: at('05-10'), reason: 'the prosecutor was absent', adjournedTo: '2021-06-14' },
    event: 'HearingAdjourned',
    bad: ['adjournedTo', { occurredAt: at('05-10'), reason: 'x', adjournedTo: '14/06/2021' }],
    refused: { stage: 'charged', body: { occurredAt: at('05-10'), reason: 'no courtroom' }, code: 'ADJOURNMENT_NEEDS_HEARING' },
  },
  {
    name: 'referral for sentence', path: 'suspects/a1/referral-for-sentence', roles: ['court_clerk'], stage: 'convicted',
    body: { occurredAt: at('05-14') }, event: 'ReferredToHighCourtForSentence',
    bad: ['occurredAt', {}],
    refused: { stage: 'convicted', forum: 'high_court', body: { occurredAt: at('05-14') }, code: 'REFERRAL_NEEDS_MAGISTRATE_COURT' },
  },
  {
    name: 'evidence', path: 'evidence', roles: ['investigator', 'prosecutor', 'court_clerk'], stage: 'referred',
    body: { evidenceRef: 'ex1', occurredAt: at('05-03'), sha256: HASH, description: 'bus ticket Maseru-Johannesburg', mediaType: 'application/pdf' },
    event: 'EvidenceAttached',
    bad: ['sha256', { occurredAt: at('05-03'), sha256: 'ab'.repeat(31), description: 'short hash' }],
    refused: {
      stage: 'referred', path: 'evidence', code: 'EVIDENCE_ALREADY_ATTACHED',
      body: { evidenceRef: 'ex0', occurredAt: at('05-03'), sha256: HASH, description: 'attached already' },
    },
  },
];

describe('the rest of the case lifecycle over HTTP (api.md "More commands")', () => {
  let app: TestApp;
  const users = new Map<Role, Api>();
  const user = (role: Role) => users.get(role) as Api;

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ROLES) users.set(role, as(app.http, await app.userToken(role)));
  }, 120_000);
  afterAll(() => app.close());

  /** A Maseru case taken to `stage`; answers its id and its version (the last ETag). */
  async function caseAt(stage: Stage, forum: 'magistrate' | 'high_court' = 'magistrate') {
    const caseId = randomUUID();
    const path = `/v1/cases/${caseId}`;
    const [investigator, prosecutor, clerk] = [user('investigator'), user('prosecutor'), user('court_clerk')];
    const reached = (s: Stage) => stage !== 'docket_missing' && LADDER.indexOf(s) <= LADDER.indexOf(stage);
    const steps: (() => Promise<{ status: number; headers: Record<string, string> }>)[] = [
      () => investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'labour' }),
      () => investigator.post(`${path}/victims`, { victimRef: 'v1', occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'government' }),
      () => investigator.post(`${path}/suspects`, { suspectRef: 'a1', occurredAt: at('05-02'), sex: 'male', nationality: 'LS', isGovernmentOfficial: true, officialAgency: 'LMPS' }),
    ];
    if (stage === 'docket_missing' || reached('investigating')) steps.push(() => investigator.post(`${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }));
    if (stage === 'docket_missing') steps.push(() => investigator.post(`${path}/docket/missing`, { occurredAt: at('05-04') }));
    if (reached('arrested')) steps.push(() => investigator.post(`${path}/suspects/a1/arrest`, { occurredAt: at('05-04') }));
    if (reached('charged')) {
      steps.push(
        () => investigator.post(`${path}/docket`, { occurredAt: at('05-05') }),
        () => prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('05-06'), decision: 'prosecute', forum }),
        () => prosecutor.post(`${path}/suspects/a1/charges`, { occurredAt: at('05-07'), statute: 'anti_trafficking_act', counts: 2 }),
      );
    }
    if (reached('appeared')) steps.push(() => clerk.post(`${path}/suspects/a1/appearance`, { occurredAt: at('05-08') }));
    if (reached('on_trial')) steps.push(() => clerk.post(`${path}/suspects/a1/trial`, { occurredAt: at('05-11') }));
    if (reached('convicted')) {
      steps.push(() => clerk.post(`${path}/suspects/a1/verdict`, { occurredAt: at('05-13'), outcome: 'convicted', statute: 'anti_trafficking_act' }));
    }
    let etag = '';
    for (const step of steps) {
      const response = await step();
      expect(response.status).toBe(201);
      etag = response.headers.etag ?? '';
    }
    return { caseId, etag };
  }

  async function expectNothingStored(caseId: string, send: () => Promise<{ status: number; body: { code?: string } }>) {
    const before = await app.stream(caseId);
    const response = await send();
    expect(await app.stream(caseId)).toEqual(before);
    return response;
  }

  describe.each(ROUTES)('POST /v1/cases/:caseId/$path ($name)', (route) => {
    const url = (caseId: string, path = route.path) => `/v1/cases/${caseId}/${path}`;
    /** One case for the refusals that must store nothing on it. */
    let untouched: { caseId: string; etag: string };
    beforeAll(async () => {
      untouched = await caseAt(route.stage);
    }, 60_000);

    it.each(route.roles)('given the %s role, stores the event at the version given; the same Idempotency-Key answers alike', async (role) => {
      const { caseId, etag } = await caseAt(route.stage);
      const headers = { 'If-Match': etag, 'Idempotency-Key': `k-${route.name}` };
      const response = await user(role).post(url(caseId), route.body, headers);
      expect(response.status).toBe(201);
      const stored = await app.stream(caseId);
      const last = stored[stored.length - 1];
      expect(last?.type).toBe(route.event);
      expect(last?.data).toMatchObject(route.event === 'EvidenceAttached' ? { ...route.body, sha256: HASH.toLowerCase() } : route.body);
      expect(response.body.eventIds).toEqual([last?.eventId]);
      const again = await expectNothingStored(caseId, () => user(role).post(url(caseId), route.body, headers));
      expect(again.body).toEqual(response.body);
    }, 60_000);

    it('given a stale If-Match, answers 412 and stores nothing', async () => {
      const { caseId } = untouched;
      const response = await expectNothingStored(caseId, () => user(route.roles[0] as Role).post(url(caseId), route.body, { 'If-Match': '"1"' }));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 412, code: 'VERSION_CONFLICT' });
    }, 60_000);

    it('given every role the table does not list, answers 403 and stores nothing', async () => {
      const { caseId } = untouched;
      for (const role of ROLES.filter((r) => !route.roles.includes(r))) {
        const response = await expectNothingStored(caseId, () => user(role).post(url(caseId), route.body));
        expect({ role, status: response.status, code: response.body.code }).toEqual({ role, status: 403, code: 'ROLE_NOT_ALLOWED' });
      }
    }, 60_000);

    it('given a caller scoped to another district, answers 404 as for an unknown case', async () => {
      const { caseId } = untouched;
      const leribe = as(app.http, await app.userToken(route.roles[0] as Role, 'leribe'));
      const response = await expectNothingStored(caseId, () => leribe.post(url(caseId), route.body));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'CASE_NOT_FOUND' });
    }, 60_000);

    it(`given a malformed ${route.bad[0]}, answers 400 naming it and stores nothing`, async () => {
      const { caseId } = untouched;
      const response = await expectNothingStored(caseId, () => user(route.roles[0] as Role).post(url(caseId), route.bad[1]));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(response.body)).toContain(route.bad[0]);
    }, 60_000);

    it(`given a case that breaks the rule, answers ${route.refused.code} and stores nothing`, async () => {
      const { refused } = route;
      const { caseId } = await caseAt(refused.stage, refused.forum);
      const api = user(route.roles[0] as Role);
      if (refused.code === 'EVIDENCE_ALREADY_ATTACHED') await api.post(url(caseId), refused.body ?? {}).expect(201);
      const response = await expectNothingStored(caseId, () => api.post(url(caseId, refused.path), refused.body ?? route.body));
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 422, code: refused.code });
    }, 60_000);
  });
});

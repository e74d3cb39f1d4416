import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { ROLES, type Role } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { as, at } from '../../support/case-requests';
import { figureAt, periodBefore } from './figures';
import { startTestApp, type TestApp } from '../../support/test-app';

/** Strings that only the canary case holds: none may reach a donor, and none are figures. */
export const CANARIES = {
  summary: 'CANARY-SUMMARY-kestrel lantern',
  victimRef: 'canary-victim-ostrich',
  fullName: 'Canary Mpho Lebohang',
  idNumber: 'CANARY-ID-0042',
  suspectName: 'Canary Suspect Thabo',
  reason: 'CANARY-REASON-walnut',
  note: 'CANARY-NOTE-juniper',
} as const;

export interface SeededService {
  readonly app: TestApp;
  readonly base: string;
  readonly tokens: Readonly<Record<Role, string>>;
  /** The case with personal data, free text and a correction. */
  readonly canaryCaseId: string;
  /** A claim with a supported, an unsupported and a victim assertion (a donor's withheld). */
  readonly claimId: string;
  /** GET as a role with its bearer token: the answer the page must show. */
  get<T>(role: Role, path: string): Promise<T>;
  /** Seals and signs everything recorded so far. */
  seal(): Promise<number>;
  /** Records one more case (so that the ledger grows). */
  recordCase(): Promise<void>;
  close(): Promise<void>;
}

/** The whole service on real HTTP with synthetic cases over five years, a canary case, every projection caught up and sealed. */
export async function startSeededService(cases = 40): Promise<SeededService> {
  const app = await startTestApp({ CASETRAIL_LOG_LEVEL: 'warn', CASETRAIL_LEDGER_CHECKPOINT_SECONDS: '3600' });
  const store = new PostgresEventStore(app.service.database.pool);
  const now = new Date();
  await loadSyntheticCases(store, {
    cases,
    seed: 2026,
    from: new Date(now.getTime() - 5.5 * 365 * 86_400_000).toISOString(),
    until: now,
    correctionRate: 0.2,
  });
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = role === 'admin' ? 'test-admin-token-0123456789' : await app.userToken(role);
  const investigator = as(app.http, tokens.investigator);
  const canaryCaseId = randomUUID();
  const path = `/v1/cases/${canaryCaseId}`;
  const referral = await investigator
    .post('/v1/cases', { caseId: canaryCaseId, occurredAt: at('05-01'), source: 'ngo', district: 'maseru', form: 'labour', summary: CANARIES.summary })
    .expect(201);
  await investigator.post(`${path}/victims`, {
    victimRef: CANARIES.victimRef, occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour',
    identifiedBy: 'ngo', personal: { fullName: CANARIES.fullName, idNumber: CANARIES.idNumber },
  }).expect(201);
  await investigator.post(`${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }).expect(201);
  await investigator.post(`${path}/suspects`, {
    suspectRef: 'a1', occurredAt: at('05-04'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false, personal: { fullName: CANARIES.suspectName },
  }).expect(201);
  await investigator.post(`${path}/docket`, { occurredAt: at('05-05') }).expect(201);
  await as(app.http, tokens.prosecutor).post(`${path}/dpp-decision`, { occurredAt: at('06-01'), decision: 'prosecute' }).expect(201);
  await as(app.http, tokens.prosecutor).post(`${path}/suspects/a1/charges`, { occurredAt: at('06-02'), statute: 'anti_trafficking_act', counts: 2 }).expect(201);
  await as(app.http, tokens.prosecutor)
    .post(`${path}/summonses`, { summonsRef: 's1', suspectRef: 'a1', occurredAt: at('06-03'), court: 'Maseru Magistrate', returnDate: '2021-07-01' })
    .expect(201);
  await as(app.http, tokens.court_clerk).post(`${path}/summonses/s1/service`, { occurredAt: at('06-20'), outcome: 'failed', note: CANARIES.note }).expect(201);
  const referredEventId = (referral.body.eventIds as string[])[0]!;
  await investigator.post(`${path}/corrections`, { eventId: referredEventId, reason: CANARIES.reason, changes: { occurredAt: at('04-28') } }).expect(201);

  const claimId = await recordClaim(app, tokens.coordinator, now);

  const service: SeededService = {
    app,
    claimId,
    base: `http://127.0.0.1:${(app.http.address() as AddressInfo).port}`,
    tokens,
    canaryCaseId,
    async get<T>(role: Role, target: string) {
      const response = await request(app.http).get(target).set('Authorization', `Bearer ${tokens[role]}`);
      if (response.status !== 200) throw new Error(`${role} GET ${target}: ${response.status} ${response.text}`);
      return response.body as T;
    },
    async seal() {
      await caughtUp(app);
      const response = await request(app.http).post('/v1/ledger/checkpoints').set('Authorization', `Bearer ${tokens.auditor}`).expect(201);
      return response.body.treeSize as number;
    },
    async recordCase() {
      await investigator.post('/v1/cases', { occurredAt: at('07-01'), source: 'police', district: 'berea', form: 'sex' }).expect(201);
    },
    close: () => app.close(),
  };
  await service.seal();
  return service;
}

/** A claim about last period's convictions (as the record says, and ten times that) and its identified victims (as the record says). */
async function recordClaim(app: TestApp, token: string, now: Date): Promise<string> {
  await caughtUp(app);
  const period = periodBefore(now, 1);
  const report = await request(app.http).get(`/v1/reports/government-action?period=${period}`).set('Authorization', `Bearer ${token}`).expect(200);
  const convictions = Number(figureAt(report.body, 'convictions.total'));
  const assertions = [
    { figure: 'convictions.total', period, value: convictions },
    { figure: 'convictions.total', period, value: convictions * 10 + 1 },
    { figure: 'victims.identified.total', period, value: Number(figureAt(report.body, 'victims.identified.total')) },
  ];
  const claim = await as(app.http, token).post('/v1/claims', {
    madeAt: new Date(now.getTime() - 86_400_000).toISOString(), madeBy: 'Minister of Home Affairs', source: 'Hansard, the day before',
    statement: 'Convictions rose last year.', assertions,
  }).expect(201);
  return claim.body.claimId as string;
}

/** Until every projection has applied every event (a condition, polled; bounded). */
async function caughtUp(app: TestApp): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const health = await request(app.http).get('/health').expect(200);
    const projections = health.body.projections as { eventsBehind: number | null }[];
    if (projections.length > 0 && projections.every((p) => p.eventsBehind === 0)) return;
    if (Date.now() > deadline) throw new Error(`projections did not catch up: ${JSON.stringify(projections)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

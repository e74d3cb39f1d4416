import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { fromBase64, leafHash, openLedgerEntry, verifyInclusion } from '@casetrail/ledger';
import { as, at } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
type Answer = { status: number; body: unknown; headers: Record<string, unknown> };
interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
}

const CANARY = { fullName: 'Nthabiseng Zqdonorcanary', idNumber: 'ZQDONOR-0001', contact: 'zqdonor@example.org' };
const REFS = { victimRef: 'vic-sweep-01', suspectRef: 'sus-sweep-01', summonsRef: 'sum-sweep-01', appealRef: 'app-sweep-01' };

/** A body each command would accept from a role allowed to send it: the donor must be refused before it counts. */
function commandBody(route: string, eventId: string): object {
  const bodies: Record<string, object> = {
    '/v1/cases': { occurredAt: at('06-01'), source: 'ngo', district: 'maseru', form: 'sex' },
    '/v1/cases/{caseId}/victims': { occurredAt: at('06-01'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'ngo', personal: CANARY },
    '/v1/cases/{caseId}/victims/{victimRef}/referrals': { occurredAt: at('06-01'), service: 'medical', provider: 'Clinic', governmentFunded: true },
    '/v1/cases/{caseId}/investigation': { occurredAt: at('06-01'), unit: 'ATU' },
    '/v1/cases/{caseId}/investigation/closure': { occurredAt: at('06-01'), reason: 'x' },
    '/v1/cases/{caseId}/suspects': { occurredAt: at('06-01'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false, personal: CANARY },
    '/v1/cases/{caseId}/suspects/{suspectRef}/arrest': { occurredAt: at('06-01') },
    '/v1/cases/{caseId}/docket': { occurredAt: at('06-01') },
    '/v1/cases/{caseId}/dpp-decision': { occurredAt: at('06-01'), decision: 'decline' },
    '/v1/cases/{caseId}/suspects/{suspectRef}/charges': { occurredAt: at('06-01'), statute: 'other', counts: 1 },
    '/v1/cases/{caseId}/summonses': { suspectRef: REFS.suspectRef, occurredAt: at('06-01'), court: 'Maseru', returnDate: '2021-07-01' },
    '/v1/cases/{caseId}/summonses/{summonsRef}/service': { occurredAt: at('06-01'), outcome: 'failed' },
    '/v1/cases/{caseId}/suspects/{suspectRef}/trial': { occurredAt: at('06-01') },
    '/v1/cases/{caseId}/suspects/{suspectRef}/verdict': { occurredAt: at('06-01'), outcome: 'acquitted', statute: 'other' },
    '/v1/cases/{caseId}/suspects/{suspectRef}/sentence': { occurredAt: at('06-01'), imprisonmentMonths: 1, suspendedMonths: 0, fineInLieuOfPrison: false },
    '/v1/cases/{caseId}/suspects/{suspectRef}/withdrawal': { occurredAt: at('06-01'), reason: 'x' },
    '/v1/cases/{caseId}/appeals': { suspectRef: REFS.suspectRef, occurredAt: at('06-01'), appellant: 'accused' },
    '/v1/cases/{caseId}/appeals/{appealRef}/decision': { occurredAt: at('06-01'), outcome: 'dismissed' },
    '/v1/cases/{caseId}/closure': { occurredAt: at('06-01'), reason: 'x' },
    '/v1/cases/{caseId}/corrections': { eventId, reason: 'x', changes: { occurredAt: at('05-01') } },
    '/v1/subjects/{subjectRef}/erasure': { reason: 'x' },
    '/v1/admin/users': { name: 'donor friend', role: 'admin' },
  };
  return bodies[route] ?? {};
}

/** Every string in an answer, and the text of those that are base64 (a proof's `entry`, say). */
function readableText(value: unknown): string {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      strings.push(v);
      if (/^[A-Za-z0-9+/]{16,}={0,2}$/.test(v)) strings.push(Buffer.from(v, 'base64').toString('utf8'));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) { strings.push(k); walk(inner); }
  };
  walk(value);
  return strings.join('\n');
}

/** What a donor must never learn: a person's details, or the handles that lead to a person. */
function disclosures(answer: Answer, subjectRefs: readonly string[]): string[] {
  const text = readableText(answer.body) + '\n' + JSON.stringify(answer.headers);
  const lower = text.toLowerCase();
  return [
    ...Object.values(CANARY).filter((v) => lower.includes(v.toLowerCase())),
    ...['zqdonor', 'victimref', 'suspectref', 'subjectref', 'subj_'].filter((v) => lower.includes(v)),
    ...Object.values(REFS).filter((v) => text.includes(v)),
    ...subjectRefs.filter((v) => text.includes(v)),
  ];
}

describe('a donor against every route of the API', () => {
  let app: TestApp;
  let donor: Api;
  let auditor: Api;
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;
  const subjectRefs: string[] = [];
  let firstEventId: string;
  let victimEventId: string;
  let lastPosition = 0;
  let claimId: string;
  /** Every event recorded, and whether it is a victim's (identified, referred to a service). */
  const recorded: { eventId: string; victims: boolean }[] = [];

  const storeCounts = async () =>
    (await app.service.database.pool.query(
      `SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM users) AS users,
              (SELECT count(*) FROM subject_keys) AS subject_keys, (SELECT count(*) FROM idempotency_keys) AS idempotency_keys`,
    )).rows[0];

  beforeAll(async () => {
    app = await startTestApp();
    donor = as(app.http, await app.userToken('donor'));
    auditor = as(app.http, await app.userToken('auditor'));
    const investigator = as(app.http, await app.userToken('investigator'));
    const prosecutor = as(app.http, await app.userToken('prosecutor'));
    const clerk = as(app.http, await app.userToken('court_clerk'));
    const victimServices = as(app.http, await app.userToken('victim_services'));
    const send = async (api: Api, route: string, body: object) => {
      const response = await api.post(route, body).expect(201);
      lastPosition = Math.max(lastPosition, response.body.position);
      if (response.body.subjectRef) subjectRefs.push(response.body.subjectRef);
      for (const eventId of response.body.eventIds as string[]) recorded.push({ eventId, victims: route.includes('/victims') });
      return response;
    };

    firstEventId = (await send(investigator, '/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' })).body.eventIds[0];
    // Twelve victims: eleven alike, one who would stand out in a small count (male, a child, found by an NGO).
    for (let n = 1; n <= 12; n++) {
      const alike = n <= 11;
      const identified = await send(investigator, `${path}/victims`, {
        victimRef: `vic-sweep-${String(n).padStart(2, '0')}`, occurredAt: at('05-02'), sex: alike ? 'female' : 'male',
        ageGroup: alike ? 'adult' : 'child', nationality: 'LS', form: 'sex', identifiedBy: alike ? 'government' : 'ngo',
        ...(n === 1 ? { personal: CANARY } : {}),
      });
      if (n === 1) victimEventId = identified.body.eventIds[0];
    }
    await send(victimServices, `${path}/victims/${REFS.victimRef}/referrals`, { occurredAt: at('05-03'), service: 'shelter', provider: 'Shelter', governmentFunded: true });
    await send(investigator, `${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' });
    await send(investigator, `${path}/suspects`, {
      suspectRef: REFS.suspectRef, occurredAt: at('05-04'), sex: 'male', nationality: 'LS', isGovernmentOfficial: true,
      officialAgency: 'Department of Labour', personal: { fullName: `${CANARY.fullName} Senior` },
    });
    await send(investigator, `${path}/suspects/${REFS.suspectRef}/arrest`, { occurredAt: at('05-05') });
    await send(investigator, `${path}/docket`, { occurredAt: at('05-06') });
    await send(prosecutor, `${path}/dpp-decision`, { occurredAt: at('05-07'), decision: 'prosecute', forum: 'magistrate' });
    await send(prosecutor, `${path}/suspects/${REFS.suspectRef}/charges`, { occurredAt: at('05-08'), statute: 'anti_trafficking_act', counts: 2 });
    await send(prosecutor, `${path}/summonses`, { summonsRef: REFS.summonsRef, suspectRef: REFS.suspectRef, occurredAt: at('05-09'), court: 'Maseru Magistrate', returnDate: '2021-06-01' });
    await send(clerk, `${path}/summonses/${REFS.summonsRef}/service`, { occurredAt: at('05-10'), outcome: 'served' });
    await send(clerk, `${path}/suspects/${REFS.suspectRef}/trial`, { occurredAt: at('06-01') });
    await send(clerk, `${path}/suspects/${REFS.suspectRef}/verdict`, { occurredAt: at('07-01'), outcome: 'convicted', statute: 'anti_trafficking_act' });
    await send(clerk, `${path}/suspects/${REFS.suspectRef}/sentence`, { occurredAt: at('07-15'), imprisonmentMonths: 60, suspendedMonths: 0, fineInLieuOfPrison: false });
    await send(prosecutor, `${path}/appeals`, { appealRef: REFS.appealRef, suspectRef: REFS.suspectRef, occurredAt: at('07-20'), appellant: 'accused' });
    // A claim about the victims of the period and about convictions: the donor reads it through the disclosure rule.
    const coordinator = as(app.http, await app.userToken('coordinator'));
    const claim = await coordinator.post('/v1/claims', {
      madeAt: at('08-01'), madeBy: 'Minister', source: 'Hansard', statement: 'Twelve victims were identified and one trafficker convicted.',
      assertions: [{ figure: 'victims.identified.total', period: '2021-22', value: 12 }, { figure: 'convictions.total', period: '2021-22', value: 1 }],
    }).expect(201);
    claimId = claim.body.claimId;
    lastPosition = Math.max(lastPosition, claim.body.position);
  }, 60_000);
  afterAll(() => app.close());

  it('is refused every write and every case-level read, sees nothing that leads to a person, and stores nothing', async () => {
    const docs = await request(app.http).get('/docs-json').expect(200);
    const someone = await request(app.http).post('/v1/admin/users').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ name: 'someone', role: 'auditor' }).expect(201);
    const ids: Record<string, string> = { caseId, subjectRef: subjectRefs[0]!, userId: someone.body.userId, claimId, ...REFS };
    const query: Record<string, string> = {
      // The victim's own event: its inclusion proof must not hand the donor the entry (refs, ciphertext).
      period: '2021-22', minPosition: String(lastPosition), eventId: victimEventId, from: '1', to: '1', figure: 'victims.identified.bySex.male',
    };
    // The report's changes take two moments where the ledger's proofs take two tree sizes.
    const queryOf = (route: string) => (route.endsWith('/changes') ? { ...query, from: '2021-01-01T00:00:00Z', to: new Date().toISOString() } : query);
    const before = await storeCounts();
    const unanswerable: string[] = [];
    const answers: [string, Answer][] = [];

    for (const [route, operations] of Object.entries(docs.body.paths as Record<string, Record<string, Operation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const params = operation.parameters ?? [];
        const query = queryOf(route);
        const missing = params.filter((p) => (p.in === 'path' ? !ids[p.name] : p.in === 'query' && p.required && !query[p.name]));
        if (missing.length > 0) {
          unanswerable.push(`${method.toUpperCase()} ${route}: no value for ${missing.map((p) => p.name).join(', ')}`);
          continue;
        }
        const url = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name]!));
        const search = new URLSearchParams(params.filter((p) => p.in === 'query' && query[p.name]).map((p): [string, string] => [p.name, query[p.name]!]));
        const target = search.size > 0 ? `${url}?${search}` : url;
        const response = method === 'get' ? await donor.get(target) : await donor.post(target, commandBody(route, firstEventId));
        answers.push([`${method.toUpperCase()} ${route}`, { status: response.status, body: response.body, headers: response.headers }]);
      }
    }

    expect(unanswerable).toEqual([]);
    expect(answers.length).toBeGreaterThanOrEqual(28);
    // Signing in to the web page (every non-GET here is sent as a POST) is the donor's own session, not a write to the record.
    const isSignIn = ([key]: [string, Answer]) => key.endsWith(' /v1/session') && !key.startsWith('GET ');
    expect(answers.filter(isSignIn).map(([, a]) => a.status)).toEqual([201, 201]);
    const refusedAsExpected = (answer: [string, Answer]) =>
      !isSignIn(answer) && (!answer[0].startsWith('GET ') || answer[0].startsWith(`GET /v1/cases/`));
    expect(answers.filter(refusedAsExpected).filter(([, a]) => a.status !== 403).map(([key, a]) => `${key}: ${a.status}`)).toEqual([]);
    expect(answers.filter(refusedAsExpected).filter(([, a]) => (a.body as { code?: string }).code !== 'ROLE_NOT_ALLOWED')).toEqual([]);
    expect(answers.filter((a) => !refusedAsExpected(a) && !isSignIn(a)).filter(([, a]) => a.status !== 200 && a.status !== 403).map(([key, a]) => `${key}: ${a.status}`)).toEqual([]);
    // A claim's bundle ships every leaf's public part, which shows an accused's, a summons' and an appeal's handle, as a
    // non-victim event's inclusion proof does (docs/verification.md 2.2); never a victim's ref, a subject's, or a person.
    const leafHandles = (key: string) => (key === 'GET /v1/claims/{claimId}/bundle' ? ['suspectref', REFS.suspectRef, REFS.summonsRef, REFS.appealRef] : []);
    expect(answers.map(([key, a]) => [key, disclosures(a, subjectRefs).filter((found) => !leafHandles(key).includes(found))]).filter(([, found]) => found.length > 0)).toEqual([]);
    expect(await storeCounts()).toEqual(before);
    const auditorsView = await auditor.get(path).expect(200); // the same search does find what a donor must not see
    expect(disclosures(auditorsView, subjectRefs)).toEqual(expect.arrayContaining(['victimref', 'suspectref', REFS.victimRef]));
    // The donor's own reads, for the record of what it may see.
    const allowed = answers.filter(([key, a]) => key.startsWith('GET ') && a.status === 200).map(([key]) => key).sort();
    const claimAnswer = answers.find(([key]) => key === 'GET /v1/claims/{claimId}')![1].body as { assertions: object[] };
    expect(claimAnswer.assertions).toEqual([expect.objectContaining({ verdict: 'suppressed' }), expect.objectContaining({ verdict: 'supported', valueNow: 1 })]);
    expect(Object.keys(claimAnswer.assertions[0]!)).not.toContain('valueNow');
    expect(allowed).toEqual(expect.arrayContaining(['GET /v1/claims', 'GET /v1/claims/{claimId}', 'GET /health', 'GET /v1/caseload', 'GET /v1/reports/government-action', 'GET /v1/summonses']));
  }, 60_000);

  it("gets every event's leaf as its public part and commitment, proven in the signed tree: a victim's shows nothing, none a person, free text or actor", async () => {
    await auditor.post('/v1/ledger/checkpoints', {}).expect(201);
    const { body: checkpoint } = await donor.get('/v1/ledger/checkpoint').expect(200);
    const actors = [...new Set((await app.stream(caseId)).map((event) => event.actor.userId))];
    const freeText = ['Department of Labour', 'Maseru Magistrate', 'Clinic'];
    const forbidden = [...Object.values(CANARY), ...subjectRefs, ...actors, ...freeText, 'vic-sweep', 'victimRef', 'subjectRef', 'personal'];
    const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]) : []);
    expect(recorded.filter((e) => e.victims).length).toBe(13);

    for (const { eventId, victims } of recorded) {
      const { body } = await donor.get(`/v1/ledger/proofs/inclusion?eventId=${eventId}`).expect(200);
      const entry = fromBase64(body.entry);
      expect(verifyInclusion(leafHash(entry), body.leafIndex, body.treeSize, body.auditPath.map(fromBase64), fromBase64(checkpoint.rootHash))).toBe(true);
      expect(body).toMatchObject({ privatePart: null, salt: null, publicPart: openLedgerEntry(entry).publicPart });
      expect(forbidden.filter((value) => readableText(body).includes(value))).toEqual([]);
      expect(keysOf(body.publicPart).filter((key) => ['sex', 'nationality', 'ageGroup', 'officialAgency', 'actor'].includes(key))).toEqual([]);
      if (victims) expect(Buffer.from(entry).toString('utf8')).toMatch(/^\{"commitment":"[A-Za-z0-9+/]{43}=","public":null,"v":2\}$/);
      else expect(body.publicPart).toMatchObject({ kind: 'case', caseId, eventId });
    }
    const auditorsView = (await auditor.get(`/v1/ledger/proofs/inclusion?eventId=${victimEventId}`).expect(200)).body;
    expect(Buffer.from(fromBase64(auditorsView.privatePart)).toString('utf8')).toContain(REFS.victimRef); // the search does find it where it is
  }, 60_000);

  it('gets every figure as the auditor does, except victim figures: rounded to 5 within 4, or withheld (null) below 15, every cell of a breakdown listed', async () => {
    const knownAt = new Date().toISOString();
    const route = `/v1/reports/government-action?period=2021-22&knownAt=${encodeURIComponent(knownAt)}&minPosition=${lastPosition}`;
    const full = (await auditor.get(route).expect(200)).body;
    const seen = (await donor.get(route).expect(200)).body;

    type Victims = { identified: Record<string, number | Record<string, number>>; referredToServices: number };
    const misreported = (exact: Victims, shown: Victims): string[] => {
      const wrong: string[] = [];
      const check = (path: string, truth: number, value: unknown) => {
        if (value === null || value === undefined) return;
        if (typeof value !== 'number' || value % 5 !== 0 || value < 15 || Math.abs(value - truth) > 4) wrong.push(`${path}: ${truth} shown as ${value}`);
      };
      for (const [name, exactly] of Object.entries(exact.identified)) {
        const shownCells = shown.identified[name];
        if (typeof exactly === 'number') check(name, exactly, shownCells);
        else for (const [key, n] of Object.entries(exactly)) check(`${name}.${key}`, n, (shownCells as Record<string, number>)[key]);
        if (typeof exactly !== 'number' && Object.keys(exactly).some((key) => !Object.hasOwn(shownCells as object, key))) wrong.push(`${name} leaves a cell out`);
      }
      check('referredToServices', exact.referredToServices, shown.referredToServices);
      return wrong;
    };
    expect(full.suppressedBelow).toBeUndefined();
    expect(full.disclosure).toBeUndefined();
    expect(full.victims).toMatchObject({ identified: { total: 12, bySex: { female: 11, male: 1 }, byAgeGroup: { adult: 11, child: 1 } }, referredToServices: 1 });
    // The count of victims repatriated before testifying is about victims: 0 is withheld like any count below 15.
    expect(seen.flags.victim_repatriated_before_testimony).toBeNull();
    const repatriatedWithheld = (r: typeof full) => ({ ...r.flags, victim_repatriated_before_testimony: null });
    expect(seen).toEqual({
      ...full, victims: seen.victims, flags: repatriatedWithheld(full), suppressedBelow: 11,
      disclosure: expect.objectContaining({ method: 'cell_key_rounding', suppressedBelow: 11 }),
      previous: { ...full.previous, victims: seen.previous.victims, flags: repatriatedWithheld(full.previous) },
    });
    expect(misreported(full.victims, seen.victims)).toEqual([]);
    expect(misreported(full.previous.victims, seen.previous.victims)).toEqual([]);
    // The one who would stand out (male, a child, found by an NGO) is in no cell a donor sees; nor is the one referral.
    expect(seen.victims.identified.bySex.male).toBeNull();
    expect(seen.victims.identified.byAgeGroup.child).toBeNull();
    expect(seen.victims.identified.byIdentifiedBy.ngo).toBeNull();
    expect(seen.victims.referredToServices).toBeNull();
    expect([null, 15]).toContain(seen.victims.identified.total);
  }, 30_000);
});

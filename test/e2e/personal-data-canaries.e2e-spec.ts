import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import type { Role } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import { auditLedger, CheckpointSigner, LedgerSealer } from '@casetrail/ledger';
import { as, at } from '../support/case-requests';
import { ADMIN_TOKEN, startTestApp, TEST_LEDGER_KEY, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
type Fields = Record<'fullName' | 'dateOfBirth' | 'idNumber' | 'contact', string>;

/** Distinctive values in every personal field (all but the dates share the marker), so any copy can be found. */
const MARKER = 'zqcanary';
const VICTIM: Fields = {
  fullName: 'Palesa Zqcanary-Victim', dateOfBirth: '1903-07-19', idNumber: 'ZQCANARY-V-4471', contact: '+266 5999 0417 zqcanary-v',
};
const SUSPECT: Fields = {
  fullName: 'Teboho Zqcanary-Suspect', dateOfBirth: '1904-08-23', idNumber: 'ZQCANARY-S-8812', contact: 'zqcanary.suspect@example.org',
};
/** Sent only in requests that are refused: they must not be kept anywhere. */
const REFUSED = { fullName: 'Lerato Zqcanary-Refused', idNumber: 'ZQCANARY-R-3090' };

/** A value as text, as hex (bytea) and as base64 at each of the three byte alignments. */
function encodings(value: string): { form: string; text: string; caseless: boolean }[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms = [
    { form: 'text', text: value.toLowerCase(), caseless: true },
    { form: 'hex', text: bytes.toString('hex'), caseless: true },
  ];
  for (let align = 0; align < 3; align++) {
    const b64 = Buffer.concat([Buffer.alloc(align), bytes]).toString('base64');
    const stable = b64.slice(align === 0 ? 0 : 4, -4); // the characters no neighbouring byte can change
    if (stable.length >= 8) forms.push({ form: `base64+${align}`, text: stable, caseless: false });
  }
  return forms;
}

const needlesOf = (...people: object[]) =>
  people.flatMap((person) => Object.values(person).flatMap((value: string) => encodings(value).map((e) => ({ value, ...e }))));
const EVERY_CANARY = [...needlesOf(VICTIM, SUSPECT, REFUSED), ...encodings(MARKER).map((e) => ({ value: MARKER, ...e }))];
const REFUSED_ONLY = needlesOf(REFUSED);

/** Which needles occur in `haystack` ("value as form"); empty when none. */
function found(haystack: string, needles = EVERY_CANARY): string[] {
  const lower = haystack.toLowerCase();
  return needles.filter((n) => (n.caseless ? lower : haystack).includes(n.text)).map((n) => `${n.value} as ${n.form}`);
}

const answerText = (response: { status: number; headers: object; body: unknown; text?: string }) =>
  `${response.status} ${JSON.stringify(response.headers)} ${response.text ?? JSON.stringify(response.body)}`;

/** Roles that the contract lets see personal data, and only in GET /v1/cases/:caseId. */
const DECRYPTING: readonly Role[] = ['investigator', 'prosecutor', 'victim_services'];
const ROLES: readonly Role[] = ['admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'donor', 'coordinator'];

describe('canaries in every personal field: found only where the contract allows, and nowhere once erased', () => {
  let app: TestApp;
  const callers = new Map<Role, Api>();
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;
  const commandAnswers: string[] = [];
  let victimSubject: string;
  let suspectSubject: string;
  /** The events that carried personal data: their ledger proofs are asked for by every role. */
  const personalEvents: string[] = [];
  let lastPosition = 0;

  const record = <T extends { status: number; headers: object; body: { position?: number } }>(response: T): T => {
    lastPosition = Math.max(lastPosition, response.body.position ?? 0);
    commandAnswers.push(answerText(response));
    return response;
  };

  /** Every row of every table and view the database lists, as text; on PostgreSQL a pg_dump as well. */
  async function databaseText(): Promise<{ text: string; scanned: string[] }> {
    const { pool, url, embedded } = app.service.database;
    const { rows: tables } = await pool.query<{ schema: string; name: string }>(
      'SELECT table_schema AS schema, table_name AS name FROM information_schema.tables ORDER BY 1, 2',
    );
    const parts: string[] = [];
    const scanned: string[] = [];
    for (const { schema, name } of tables) {
      const relation = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
      try {
        const { rows } = await pool.query<{ row: string }>(`SELECT t::text AS row FROM ${relation} t`);
        parts.push(...rows.map((r) => r.row));
        scanned.push(`${schema}.${name}`);
      } catch {
        // A few catalog views refuse to be read whole (permissions, functions); the dump covers the data.
      }
    }
    if (!embedded) {
      const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', '--dbname', url], { maxBuffer: 512 * 1024 * 1024 });
      parts.push(stdout);
      scanned.push('pg_dump');
    }
    return { text: parts.join('\n'), scanned };
  }

  /** Each role's answer on every read route, by "role GET route". */
  async function everyAnswer(): Promise<Map<string, { status: number; body: any; text: string }>> {
    await signedCheckpoint(); // so that every event has a proof to ask for
    const routes = [
      ...personalEvents.map((eventId) => `/v1/ledger/proofs/inclusion?eventId=${eventId}`),
      path, `${path}?version=2`, `${path}/timeline`, `/v1/caseload?minPosition=${lastPosition}`,
      `/v1/summonses?minPosition=${lastPosition}`, `/v1/dpp/backlog?minPosition=${lastPosition}`,
      `/v1/reports/government-action?period=2021-22&minPosition=${lastPosition}`, '/health',
    ];
    const answers = new Map<string, { status: number; body: any; text: string }>();
    for (const role of ROLES) {
      for (const route of routes) {
        const response = await callers.get(role)!.get(route);
        answers.set(`${role} GET ${route}`, { status: response.status, body: response.body, text: answerText(response) });
      }
    }
    return answers;
  }

  const mayShowPersonal = (key: string) => DECRYPTING.some((role) => key === `${role} GET ${path}` || key === `${role} GET ${path}?version=2`);

  beforeAll(async () => {
    app = await startTestApp({ CASETRAIL_LOG_LEVEL: 'debug' });
    callers.set('admin', as(app.http, ADMIN_TOKEN));
    for (const role of ROLES.filter((r) => r !== 'admin')) callers.set(role, as(app.http, await app.userToken(role)));
    const investigator = callers.get('investigator')!;
    const prosecutor = callers.get('prosecutor')!;

    record(await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'hotline', district: 'berea', form: 'sex' }).expect(201));
    const victim = record(
      await investigator
        .post(`${path}/victims`, {
          victimRef: 'v1', occurredAt: at('05-02'), sex: 'female', ageGroup: 'child', nationality: 'LS', form: 'sex',
          identifiedBy: 'government', personal: VICTIM,
        }, { 'Idempotency-Key': 'identify-v1' })
        .expect(201),
    );
    victimSubject = victim.body.subjectRef;
    personalEvents.push(victim.body.eventIds[0]);
    record(await investigator.post(`${path}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }).expect(201));
    const suspect = record(
      await investigator
        .post(`${path}/suspects`, {
          suspectRef: 's1', occurredAt: at('05-04'), sex: 'male', nationality: 'ZA', isGovernmentOfficial: false, personal: SUSPECT,
        })
        .expect(201),
    );
    suspectSubject = suspect.body.subjectRef;
    personalEvents.push(suspect.body.eventIds[0]);
    record(await investigator.post(`${path}/docket`, { occurredAt: at('05-05') }).expect(201));
    record(await prosecutor.post(`${path}/dpp-decision`, { occurredAt: at('05-06'), decision: 'prosecute' }).expect(201));
    record(await prosecutor.post(`${path}/suspects/s1/charges`, { occurredAt: at('05-07'), statute: 'anti_trafficking_act', counts: 1 }).expect(201));
    record(await prosecutor.post(`${path}/summonses`, { summonsRef: 'sm1', suspectRef: 's1', occurredAt: at('05-08'), court: 'Berea Magistrate', returnDate: '2021-06-01' }).expect(201));

    // Refused requests that carry personal data: a correction of it, a malformed field, an unknown field.
    const correction = await investigator.post(`${path}/corrections`, {
      eventId: victim.body.eventIds[0], reason: 'typo', changes: { personal: REFUSED },
    });
    const malformed = await investigator.post(`${path}/victims`, {
      occurredAt: at('05-09'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'ngo',
      personal: { ...REFUSED, dateOfBirth: REFUSED.idNumber },
    });
    const unknown = await investigator.post(`${path}/suspects`, {
      occurredAt: at('05-09'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false, personal: { alias: REFUSED.fullName },
    });
    for (const refused of [correction, malformed, unknown]) {
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      commandAnswers.push(answerText(refused));
    }
  }, 60_000);
  afterAll(() => app.close());

  it('given the canaries written, the decrypting roles read them back from GET /v1/cases/:caseId', async () => {
    for (const role of DECRYPTING) {
      const { body } = await callers.get(role)!.get(path).expect(200);
      expect(body.victims[0].personal).toEqual(VICTIM);
      expect(body.accused[0].personal).toEqual(SUSPECT);
      expect(found(JSON.stringify(body))).not.toEqual([]); // the search does find them where they are
    }
  }, 30_000);

  it('finds no canary in any other answer, in the command answers, or a refused request\'s answer', async () => {
    const answers = await everyAnswer();
    const leaks = [...answers].filter(([key]) => !mayShowPersonal(key)).map(([key, a]) => [key, found(a.text)]);
    expect(leaks.filter(([, hits]) => hits.length > 0)).toEqual([]);
    expect([...answers].filter(([key]) => mayShowPersonal(key)).map(([key, a]) => [key, found(a.text, REFUSED_ONLY)]))
      .toEqual(DECRYPTING.flatMap((role) => [[`${role} GET ${path}`, []], [`${role} GET ${path}?version=2`, []]]));
    expect(commandAnswers.flatMap((text) => found(text))).toEqual([]);
    expect([...answers.entries()].filter(([key, a]) => key.includes(' GET /v1/') && a.status >= 500)).toEqual([]);
    // Every role got the two proofs; only the timeline roles the private parts (which hold the personal data sealed).
    const proofs = [...answers].filter(([key]) => key.includes('/v1/ledger/proofs/inclusion'));
    expect(proofs.map(([key, a]) => [key, a.status]).filter(([, status]) => status !== 200)).toEqual([]);
    expect(proofs.length).toBe(2 * ROLES.length);
    expect(proofs.filter(([, a]) => a.body.privatePart !== null).map(([key]) => key.split(' ')[0]).sort()).toEqual(
      ['auditor', 'auditor', 'coordinator', 'coordinator', 'court_clerk', 'court_clerk', 'investigator', 'investigator', 'prosecutor', 'prosecutor'],
    );
    expect(proofs.filter(([key]) => key.includes(personalEvents[0]!)).map(([, a]) => a.body.publicPart)).toEqual(ROLES.map(() => null));
  }, 60_000);

  it('finds no canary in a full dump of the database, nor in the logs', async () => {
    const { text, scanned } = await databaseText();
    expect(scanned).toEqual(expect.arrayContaining(['public.events', 'public.subject_keys', 'public.idempotency_keys', 'public.users']));
    expect(scanned.some((name) => name.startsWith('information_schema.'))).toBe(true);
    expect(scanned.some((name) => name.startsWith('pg_catalog.'))).toBe(true);
    expect(text).toContain(victimSubject); // the dump did reach the rows that hold the sealed data
    expect(found(text)).toEqual([]);
    expect(app.logLines.length).toBeGreaterThan(0);
    expect(found(app.logLines.join('\n'))).toEqual([]);
  }, 120_000);

  /** Seals every committed event, signs a checkpoint over them and returns its note. */
  async function signedCheckpoint(): Promise<string> {
    await app.service.app.get(LedgerSealer).sealPending();
    return (await app.service.app.get(CheckpointSigner).signCheckpoint()).note;
  }

  it('given both people erased, no canary is anywhere, and the decrypting roles get personal: null', async () => {
    const admin = callers.get('admin')!;
    const beforeErasure = await signedCheckpoint();
    for (const subjectRef of [victimSubject, suspectSubject]) {
      record(await admin.post(`/v1/subjects/${subjectRef}/erasure`, { reason: 'request of the person' }).expect(201));
    }

    const answers = await everyAnswer();
    expect([...answers].map(([key, a]) => [key, found(a.text)]).filter(([, hits]) => hits.length > 0)).toEqual([]);
    for (const role of DECRYPTING) {
      for (const route of [path, `${path}?version=2`]) {
        const { body } = answers.get(`${role} GET ${route}`)!;
        expect(body.victims[0].personal).toBeNull();
        if (route === path) expect(body.accused[0].personal).toBeNull();
      }
    }
    const { text } = await databaseText();
    expect(found(text)).toEqual([]);
    expect(found(app.logLines.join('\n'))).toEqual([]);
    expect(found(commandAnswers.join('\n'))).toEqual([]);

    // The ledger hashes ciphertext: it still verifies, against a checkpoint signed before the erasure too.
    const afterErasure = await signedCheckpoint();
    const database = app.service.database;
    const audit = await auditLedger(database.pool, new PostgresEventStore(database.pool), {
      origin: 'casetrail/local', verifierKeys: [TEST_LEDGER_KEY.verifierKey], knownCheckpoints: [beforeErasure, afterErasure],
    });
    expect(audit.failure).toBeNull();
    expect(audit.treeSizesVerified).toBeGreaterThanOrEqual(2);
  }, 120_000);
});

import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { cosign, cosignerKeyOf, cosignerKeyOfSecret, generateSigningKey, runBundleVerifier, type ClaimBundle } from '@casetrail/ledger';
import { as, sendCase, type Api, type Step } from '../support/case-requests';
import { startTestApp, TEST_LEDGER_KEY, type TestApp } from '../support/test-app';


const on = (date: string, time = '09:00') => `${date}T${time}:00+02:00`;
const MADE_AT = on('2021-11-08', '10:00');
/** Values that must never reach a bundle: a victim's ref and name, a case summary, a court, a unit. */
const VICTIM_REF = 'zqvictimref-77';
const NEVER = [VICTIM_REF, 'Palesa Zqcanary-Victim', 'zqcanary summary text', 'Zqcanary Magistrate Court', 'ZQCANARY-UNIT'];

const beforeTheDpp = (submittedOn: string): Step[] => [
  ['investigator', '', { occurredAt: on('2021-06-01'), source: 'police', district: 'maseru', form: 'labour', summary: 'zqcanary summary text' }],
  ['investigator', 'investigation', { occurredAt: on('2021-06-02'), unit: 'ZQCANARY-UNIT' }],
  ['investigator', 'docket', { occurredAt: on(submittedOn) }],
];
const summoned = (summonedOn: string): Step[] => [
  ...beforeTheDpp('2021-07-01'),
  ['investigator', 'victims', {
    victimRef: VICTIM_REF, occurredAt: on('2021-06-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour',
    identifiedBy: 'government', personal: { fullName: 'Palesa Zqcanary-Victim' },
  }],
  ['investigator', 'suspects', { suspectRef: 'a1', occurredAt: on('2021-06-03'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }],
  ['prosecutor', 'dpp-decision', { occurredAt: on('2021-08-02'), decision: 'prosecute', forum: 'magistrate' }],
  ['prosecutor', 'suspects/a1/charges', { occurredAt: on('2021-08-03'), statute: 'anti_trafficking_act', counts: 1 }],
  ['prosecutor', 'summonses', { summonsRef: 's1', suspectRef: 'a1', occurredAt: on(summonedOn), court: 'Zqcanary Magistrate Court', returnDate: '2021-12-01' }],
];
const ASSERTIONS = [
  { figure: 'dpp.casesPending', asOf: MADE_AT, value: 8 },
  { figure: 'summonses.issued', period: '2021-22', value: 2 },
  { figure: 'convictions.total', period: '2021-22', value: 3 },
  { figure: 'victims.identified.total', period: '2021-22', value: 2 },
  // A district's figure beside the nation's: the verifier scopes the leaves once per district.
  { figure: 'summonses.issued', period: '2021-22', district: 'maseru', value: 2 },
];

/** Runs the shared verifier (what `claims verify` runs) on a bundle file: exit code and output. */
function verifyWithCli(file: string, ...keys: string[]) {
  let out = '';
  const code = runBundleVerifier([file, ...keys], { readFile: (path) => readFileSync(path, 'utf8'), out: (t) => (out += t), err: (t) => (out += t) });
  return { code, out };
}

describe('GET /v1/claims/:claimId/bundle and its verifiers (claims verify, GET /verify/casetrail-verify.mjs)', () => {
  let app: TestApp;
  const users = new Map<string, Api>();
  let position = '0';
  let claimId = '';
  let bundleText = '';
  let dir = '';
  let firstPending = '';
  const logKey = ['--public-key', TEST_LEDGER_KEY.verifierKey];

  /** Sends the steps on a new case; answers its id. */
  async function caseOf(steps: readonly Step[]): Promise<string> {
    const sent = await sendCase(users, steps);
    position = sent.position;
    return sent.caseId;
  }
  /** The bundle as `role` gets it, asking again while the claim waits for the sealer (a busy PostgreSQL). */
  async function bundleAs(role: string, id = claimId): Promise<request.Response> {
    for (let attempt = 0; ; attempt++) {
      const response = await users.get(role)!.get(`/v1/claims/${id}/bundle?minPosition=${position}`);
      if (response.status !== 409 || attempt > 50) return response;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  /** Both verifiers on a bundle: the CLI's code in this process, the single file alone in an empty directory. */
  async function bothVerify(bundle: string, ...args: string[]) {
    const file = join(dir, `bundle-${randomUUID()}.json`);
    writeFileSync(file, bundle);
    const cli = verifyWithCli(file, ...logKey, ...args);
    const single = await promisify(execFile)(process.execPath, ['casetrail-verify.mjs', file, ...logKey, ...args], { cwd: dir })
      .then(({ stdout }) => ({ code: 0, out: stdout }))
      .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, out: error.stdout + error.stderr }));
    return { cli, single };
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const role of ['investigator', 'prosecutor', 'auditor', 'donor', 'coordinator'] as const) users.set(role, as(app.http, await app.userToken(role)));
    users.set('maseru auditor', as(app.http, await app.userToken('auditor', 'maseru')));
    for (let n = 0; n < 8; n++) {
      const caseId = await caseOf(beforeTheDpp(`2021-10-0${n + 1}`));
      firstPending ||= caseId;
    }
    await caseOf(summoned('2021-09-01'));
    await caseOf(summoned('2021-10-15'));
    const made = await users.get('coordinator')!.post('/v1/claims', {
      madeAt: MADE_AT, madeBy: 'Minister of Home Affairs', source: 'https://example.org/hansard/2021-11-08',
      statement: 'With respect to the eight cases before the DPP, summonses have been issued.', assertions: ASSERTIONS,
    }).expect(201);
    claimId = made.body.claimId;
    position = String(made.body.position);
    const response = await bundleAs('donor');
    expect(response.status).toBe(200);
    bundleText = response.text;
    // The single file served without authentication, copied alone into an empty directory.
    dir = mkdtempSync(join(tmpdir(), 'casetrail-verify-'));
    const served = await request(app.http).get('/verify/casetrail-verify.mjs').expect(200);
    writeFileSync(join(dir, 'casetrail-verify.mjs'), served.text);
  }, 180_000);
  afterAll(async () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    await app.close();
  });

  it('serves the verifier without authentication, byte for byte what its sources build again (npm run build:verify)', async () => {
    const served = await request(app.http).get('/verify/casetrail-verify.mjs').expect(200).expect('Content-Type', /javascript/);
    const rebuilt = join(mkdtempSync(join(tmpdir(), 'casetrail-built-')), 'v.mjs');
    await promisify(execFile)(process.execPath, [join(__dirname, '../../apps/verify/build.mjs'), '--out', rebuilt]);
    expect(createHash('sha256').update(served.text).digest('hex')).toBe(createHash('sha256').update(readFileSync(rebuilt)).digest('hex'));
  });

  it("given the seed claim's bundle, then both verifiers say it is authentic and print each verdict, as GET /v1/claims/:id evaluates it", async () => {
    const { cli, single } = await bothVerify(bundleText);
    for (const run of [cli, single]) {
      expect(run).toMatchObject({ code: 0 });
      expect(run.out).toContain(`authentic: claim ${claimId}`);
      expect(run.out).toMatch(/dpp\.casesPending .* = 8: supported \(recorded 8, now 8\), recomputed from the leaves/);
      expect(run.out).toMatch(/summonses\.issued period 2021-22 national = 2: supported/);
      expect(run.out).toMatch(/convictions\.total period 2021-22 national = 3: not_supported \(recorded 0, now 0\)/);
      expect(run.out).toMatch(/victims\.identified\.total .*: suppressed, the server's statement/);
      expect(run.out).toMatch(/summonses\.issued period 2021-22 maseru = 2: supported/);
    }
    const bundle = JSON.parse(bundleText) as ClaimBundle;
    const viewed = (await users.get('auditor')!.get(`/v1/claims/${claimId}`).expect(200)).body.assertions;
    const fromLeaves = [0, 1, 2, 4];
    expect(fromLeaves.map((n) => bundle.assertions[n]).map(({ basis: _b, ...a }) => a)).toEqual(fromLeaves.map((n) => viewed[n]));
    expect(bundle.assertions[3]).toEqual({ ...ASSERTIONS[3], asOf: null, district: null, verdict: 'suppressed', basis: 'statement' });
  });

  it('given the bundle, then its bytes hold no victim ref, no personal value and no free text but the claim\'s own words', () => {
    const lower = bundleText.toLowerCase();
    for (const never of NEVER) expect({ never, found: lower.includes(never.toLowerCase()) }).toEqual({ never, found: false });
    expect(bundleText).toContain('the eight cases before the DPP');
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a tampered bundle is any JSON
  const tampered: [string, string, (b: any) => void][] = [
    ['a figure', 'figures', (b) => (b.assertions[0].recordedValue = 9)],
    ['a verdict', 'figures', (b) => (b.assertions[2].verdict = 'supported')],
    ['a leaf', 'leaves', (b) => {
      const leaf = b.leaves.find(([, p]: any) => p?.type === 'DocketSubmittedToDpp');
      leaf[1].occurredAt = leaf[1].occurredAt.replace('2021-10-0', '2021-12-0');
    }],
    ['a leaf removed', 'leaves', (b) => b.leaves.splice(3, 1)],
    ['a proof', 'proof', (b) => (b.claim.auditPath[0] = flip(b.claim.auditPath[0]))],
    ['a signature', 'checkpoint', (b) => {
      const [text, lines] = b.checkpoint.note.split('\n\n');
      const [first, ...rest] = lines.split('\n');
      b.checkpoint.note = `${text}\n\n${first.slice(0, -6)}${first.slice(-6, -4) === 'AA' ? 'BA' : 'AA'}${first.slice(-4)}\n${rest.join('\n')}`;
    }],
  ];
  it.each(tampered)('given %s (tampered), then both verifiers refuse it naming the step (%s)', async (_what, step, alter) => {
    const bundle = JSON.parse(bundleText);
    alter(bundle);
    const { cli, single } = await bothVerify(JSON.stringify(bundle));
    for (const run of [cli, single]) {
      expect(run.code).toBe(1);
      expect(run.out).toContain(`NOT VERIFIED at step ${step}:`);
    }
  });

  it('given a DPP decision of 2021-11-05 recorded after the claim, then a new bundle says restated naming the event, and verifies', async () => {
    const decided = await users.get('prosecutor')!
      .post(`/v1/cases/${firstPending}/dpp-decision`, { occurredAt: on('2021-11-05'), decision: 'prosecute', forum: 'magistrate' }).expect(201);
    position = String(decided.body.position);
    await users.get('auditor')!.post('/v1/ledger/checkpoints', {}).expect(201);
    const response = await bundleAs('donor');
    expect(response.status).toBe(200);
    const bundle = JSON.parse(response.text) as ClaimBundle;
    expect(bundle.assertions[0]).toMatchObject({
      verdict: 'restated', recordedValue: 8, valueNow: 7, changedBy: [expect.objectContaining({ eventId: decided.body.eventIds[0], type: 'DppDecisionRecorded' })],
    });
    const { cli, single } = await bothVerify(response.text);
    for (const run of [cli, single]) expect(run).toMatchObject({ code: 0, out: expect.stringMatching(/dpp\.casesPending .* = 8: restated \(recorded 8, now 7\)/) });
  });

  it('given a witness cosignature of its checkpoint, then it verifies with that witness key needed, and not once the line is altered', async () => {
    const secret = { name: 'witness.example/w1', seed: new Uint8Array(32).fill(2) };
    const bundle = JSON.parse(bundleText);
    const text = bundle.checkpoint.note.slice(0, bundle.checkpoint.note.indexOf('\n\n') + 1);
    bundle.checkpoint.cosignatures = [cosign(text, secret, Math.floor(Date.now() / 1000))];
    const witness = ['--witness-key', cosignerKeyOfSecret(secret).text, '--witnesses-needed', '1'];
    const good = await bothVerify(JSON.stringify(bundle), ...witness);
    for (const run of [good.cli, good.single]) expect(run).toMatchObject({ code: 0, out: expect.stringContaining('witnesses: witness.example/w1') });
    const line: string = bundle.checkpoint.cosignatures[0];
    bundle.checkpoint.cosignatures = [`${line.slice(0, 60)}${line[60] === 'A' ? 'B' : 'A'}${line.slice(61)}`]; // a byte of the signature
    const bad = await bothVerify(JSON.stringify(bundle), ...witness);
    for (const run of [bad.cli, bad.single]) expect(run).toMatchObject({ code: 1, out: expect.stringContaining('NOT VERIFIED at step witnesses:') });
  });

  it('given keys it does not hold (another log key, a witness that did not cosign), then it refuses the bundle', async () => {
    const file = join(dir, 'keys.json');
    writeFileSync(file, bundleText);
    const other = verifyWithCli(file, '--public-key', generateSigningKey('casetrail/local').verifierKey);
    expect(other).toMatchObject({ code: 1, out: expect.stringContaining('NOT VERIFIED at step checkpoint:') });
    const witness = cosignerKeyOf('w.example/w1', new Uint8Array(32).fill(7)).text;
    const { cli, single } = await bothVerify(bundleText, '--witness-key', witness);
    for (const run of [cli, single]) expect(run).toMatchObject({ code: 1, out: expect.stringContaining('NOT VERIFIED at step witnesses: 0 trusted witness(es) cosigned, 1 needed') });
  });

  it('given a district-scoped caller, then it answers 403 NATIONWIDE_ONLY (the leaves hold every district); an unknown claim 404', async () => {
    expect((await bundleAs('maseru auditor')).status).toBe(403);
    expect((await bundleAs('auditor', randomUUID())).status).toBe(404);
  });
});

/** A base64 hash with its first byte changed. */
function flip(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] ^= 1;
  return bytes.toString('base64');
}

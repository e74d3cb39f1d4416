import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ledgerVerifyInclusion } from '../../apps/cli/src';
import { as, at } from '../support/case-requests';
import { startTestApp, TEST_LEDGER_KEY, type TestApp } from '../support/test-app';

/** Runs `ledger verify-inclusion` as the CLI would, capturing what it prints. */
async function verifyInclusion(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await ledgerVerifyInclusion(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('inclusion proofs saved from the route and verified offline by the CLI, for each role', () => {
  let app: TestApp;
  let dir: string;
  const caseId = randomUUID();
  const events: Record<'referral' | 'victim', string> = { referral: '', victim: '' };

  beforeAll(async () => {
    app = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'casetrail-proof-files-'));
    const investigator = as(app.http, await app.userToken('investigator'));
    events.referral = (await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'leribe', form: 'labour' }).expect(201)).body.eventIds[0];
    events.victim = (await investigator.post(`/v1/cases/${caseId}/victims`, {
      occurredAt: at('05-02'), sex: 'male', ageGroup: 'child', nationality: 'LS', form: 'labour', identifiedBy: 'government',
    }).expect(201)).body.eventIds[0];
    await as(app.http, await app.userToken('auditor')).post('/v1/ledger/checkpoints', {}).expect(201);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const save = (name: string, body: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(body));
    return join(dir, name);
  };

  it.each([
    ['auditor', 'referral', /^verified: event \S+ \(CaseReferred, stream \S+ version 1\) is leaf \d+/],
    ['auditor', 'victim', /^verified: event \S+ \(VictimIdentified, stream \S+ version 2\) is leaf \d+/],
    ['donor', 'referral', /^verified: event \S+ \(CaseReferred, case \S+; public part only\) is leaf \d+/],
    ['donor', 'victim', /^verified: a leaf that shows only that it exists \(its private part was not given\) is leaf \d+/],
  ] as const)('given the %s\'s proof of the %s, then verify-inclusion verifies it against the signed checkpoint', async (role, which, said) => {
    const api = as(app.http, await app.userToken(role));
    const checkpoint = save(`${role}-${which}-checkpoint.json`, (await api.get('/v1/ledger/checkpoint').expect(200)).body);
    const proofBody = (await api.get(`/v1/ledger/proofs/inclusion?eventId=${events[which]}`).expect(200)).body;
    const proof = save(`${role}-${which}-proof.json`, proofBody);

    const result = await verifyInclusion('--checkpoint', checkpoint, '--proof', proof, '--public-key', TEST_LEDGER_KEY.verifierKey);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(said);
    if (role === 'auditor' || which === 'referral') {
      expect((await verifyInclusion('--checkpoint', checkpoint, '--proof', proof, '--public-key', TEST_LEDGER_KEY.verifierKey, '--event-id', events[which])).code).toBe(0);
    }

    const flipped = save(`${role}-${which}-flipped.json`, { ...proofBody, entry: Buffer.from(Buffer.from(proofBody.entry, 'base64').toString('utf8').replace('"v":2', '"v":3')).toString('base64') });
    expect((await verifyInclusion('--checkpoint', checkpoint, '--proof', flipped, '--public-key', TEST_LEDGER_KEY.verifierKey)).code).toBe(1);
  }, 30_000);
});

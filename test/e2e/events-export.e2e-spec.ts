import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@casetrail/event-store';
import { fromBase64, leafHash, openLedgerEntry, rootFromLeafHashes, toBase64 } from '@casetrail/ledger';
import { ledgerVerifyExport } from '../../apps/cli/src';
import { as, at } from '../support/case-requests';
import { seededRandom } from '../support/fuzz-values';
import { startTestApp, TEST_LEDGER_KEY, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Line { leafIndex: number; eventId: string; entry: string }

/** Runs `ledger verify-export` as the CLI would, capturing what it prints. */
async function verifyExport(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await ledgerVerifyExport(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('GET /v1/events: the sealed log as NDJSON, verified offline by ledger verify-export', () => {
  let app: TestApp;
  let dir: string;
  const users = new Map<string, Api>();
  let early: { treeSize: number; file: string };
  let latest: { treeSize: number; rootHash: string; file: string };
  let exported: string;
  const victimEvents = new Set<string>();

  const save = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const key = () => ['--public-key', TEST_LEDGER_KEY.verifierKey];

  beforeAll(async () => {
    app = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'casetrail-events-export-'));
    for (const role of ['investigator', 'auditor', 'donor', 'coordinator', 'admin'] as const) users.set(role, as(app.http, await app.userToken(role)));
    users.set('maseru auditor', as(app.http, await app.userToken('auditor', 'maseru')));
    const investigator = users.get('investigator')!;
    const record = async () => {
      const caseId = randomUUID();
      await investigator.post('/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'sex' }).expect(201);
      const victim = await investigator.post(`/v1/cases/${caseId}/victims`, {
        occurredAt: at('05-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'sex', identifiedBy: 'ngo', personal: { fullName: 'Nthabiseng Canary' },
      }).expect(201);
      victimEvents.add(victim.body.eventIds[0]);
      await investigator.post(`/v1/cases/${caseId}/investigation`, { occurredAt: at('05-03'), unit: 'ATU' }).expect(201);
    };
    /** A checkpoint of at least `leaves` leaves (the sealer takes only what no open transaction can precede, so it may lag). */
    const signed = async (leaves: number) => {
      for (const deadline = Date.now() + 20_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
        const response = await users.get('auditor')!.post('/v1/ledger/checkpoints', {});
        if (response.status === 201 && response.body.treeSize >= leaves) return response.body;
        if (Date.now() > deadline) throw new Error(`no checkpoint of ${leaves} leaves: ${response.status} ${JSON.stringify(response.body)}`);
      }
    };
    await record();
    await record();
    const first = await signed(6);
    early = { treeSize: first.treeSize, file: save('early.json', JSON.stringify(first)) };
    for (let n = 0; n < 4; n++) await record();
    const second = await signed(first.treeSize + 12);
    latest = { treeSize: second.treeSize, rootHash: second.rootHash, file: save('latest.json', JSON.stringify(second)) };
    const response = await users.get('auditor')!.get('/v1/events').expect(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson');
    exported = response.text;
  }, 120_000);
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const linesOf = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);

  it('given an auditor, answers every sealed leaf in order with the bytes hashed: they recompute the signed root', async () => {
    const lines = linesOf(exported);
    expect(lines.map((line) => line.leafIndex)).toEqual(lines.map((_, index) => index));
    expect(lines.length).toBeGreaterThanOrEqual(latest.treeSize);
    expect(toBase64(rootFromLeafHashes(lines.slice(0, latest.treeSize).map((line) => leafHash(fromBase64(line.entry)))))).toBe(latest.rootHash);
    const proof = (await users.get('auditor')!.get(`/v1/ledger/proofs/inclusion?eventId=${lines[4]!.eventId}`).expect(200)).body;
    expect(proof).toMatchObject({ leafIndex: 4, entry: lines[4]!.entry });
    // A victim's event is a leaf that shows only that it exists, and nobody's name travels in the export.
    // So is a user's creation (each user made above is one, the bootstrap admin first).
    const notCases = new Set((await new PostgresEventStore(app.service.database.pool).readAll({ limit: 10_000 }))
      .filter((event) => event.streamKind !== 'case').map((event) => event.eventId));
    expect(notCases.size).toBeGreaterThanOrEqual(7);
    const hidden = lines.filter((line) => openLedgerEntry(fromBase64(line.entry)).publicPart === null).map((line) => line.eventId);
    expect(hidden).toEqual(lines.map((line) => line.eventId).filter((eventId) => victimEvents.has(eventId) || notCases.has(eventId)));
    expect(hidden.length).toBeGreaterThanOrEqual(5);
    expect(exported).not.toMatch(/fullName|Nthabiseng|Canary/);
  });

  it('given from and limit, answers that window; past the end, nothing', async () => {
    const window = linesOf((await users.get('auditor')!.get('/v1/events?from=3&limit=4').expect(200)).text);
    expect(window).toEqual(linesOf(exported).slice(3, 7));
    expect((await users.get('auditor')!.get('/v1/events?from=100000').expect(200)).text).toBe('');
  });

  it('given another role, 403; a district-scoped auditor, 403 NATIONWIDE_ONLY; a bad from or limit, 400 naming it', async () => {
    for (const role of ['investigator', 'donor', 'coordinator', 'admin']) {
      expect({ role, code: (await users.get(role)!.get('/v1/events').expect(403)).body.code }).toEqual({ role, code: 'ROLE_NOT_ALLOWED' });
    }
    for (const query of ['', '?from=x']) expect((await users.get('maseru auditor')!.get(`/v1/events${query}`).expect(403)).body.code).toBe('NATIONWIDE_ONLY');
    for (const [query, field] of [['limit=0', 'limit'], ['limit=100001', 'limit'], ['from=-1', 'from'], ['from=x', 'from']]) {
      expect((await users.get('auditor')!.get(`/v1/events?${query}`).expect(400)).body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field }] });
    }
  });

  it('given the export and the signed checkpoints, verify-export verifies it offline', async () => {
    const file = save('export.ndjson', exported);
    const result = await verifyExport(file, ...key(), '--checkpoint', latest.file, '--checkpoint', early.file);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^verified: leaves 0 to ${latest.treeSize - 1} of the export`)) });
    const unchecked = await verifyExport(file);
    expect(await verifyExport('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: npm run cli -- ledger verify-export <file>') });
    expect(await verifyExport('--checkpoint', latest.file, ...key())).toMatchObject({ code: 2, stderr: expect.stringContaining('give the export file') });
    expect(await verifyExport(join(dir, 'absent.ndjson'), ...key())).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read the export') });
    const root = toBase64(rootFromLeafHashes(linesOf(exported).map((line) => leafHash(fromBase64(line.entry)))));
    expect(unchecked).toMatchObject({ code: 0, stdout: expect.stringContaining(`root ${root} (not checked against a signed checkpoint`) });
  });

  it('given one altered byte in a line, names the line and leaf', async () => {
    const lines = exported.split('\n');
    const altered = (index: number, from: string, to: string) => lines.map((line, n) => (n === index ? line.replace(from, to) : line)).join('\n');
    // The first case event: a leaf whose public part names its event (a user's creation shows only that it exists).
    const shown = linesOf(exported).findIndex((line) => openLedgerEntry(fromBase64(line.entry)).publicPart !== null);
    const eventId = linesOf(exported)[shown]!.eventId;
    const swapped = altered(shown, eventId, eventId.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')));
    expect(await verifyExport(save('event-id.ndjson', swapped), ...key(), '--checkpoint', latest.file))
      .toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`^NOT VERIFIED: line ${shown + 1} \\(leaf ${shown}\\): the entry is event `)) });
    const index = altered(5, '"leafIndex":5', '"leafIndex":6');
    expect((await verifyExport(save('index.ndjson', index), ...key(), '--checkpoint', latest.file)).stderr).toMatch(/line 6 \(leaf 5\): says leaf 6/);
  });

  it('given one altered byte inside a leaf that still reads well, names the leaves between the checkpoints that no longer verify', async () => {
    const lines = linesOf(exported);
    const target = latest.treeSize - 1;
    const bytes = Buffer.from(fromBase64(lines[target]!.entry));
    const at_ = bytes.indexOf('"commitment":"') + 20; // a character of the commitment: still base64, still canonical
    bytes[at_] = bytes[at_] === 0x41 ? 0x42 : 0x41;
    lines[target] = { ...lines[target]!, entry: toBase64(bytes) };
    const file = save('commitment.ndjson', lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    const result = await verifyExport(file, ...key(), '--checkpoint', early.file, '--checkpoint', latest.file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`leaves ${early.treeSize} to ${latest.treeSize - 1} (lines ${early.treeSize + 1} to ${latest.treeSize}) do not hash to the root`);
  });

  it('given a truncated file, says so: cut between lines, or in the middle of one', async () => {
    const lines = exported.trimEnd().split('\n');
    const short = save('short.ndjson', lines.slice(0, latest.treeSize - 2).join('\n') + '\n');
    expect((await verifyExport(short, ...key(), '--checkpoint', latest.file)).stderr)
      .toContain(`truncated: it holds ${latest.treeSize - 2} leaves, the checkpoint signs ${latest.treeSize}`);
    const cut = save('cut.ndjson', exported.slice(0, exported.length - 40));
    expect((await verifyExport(cut, ...key(), '--checkpoint', latest.file)).stderr).toMatch(new RegExp(`line ${lines.length} \\(leaf ${lines.length - 1}\\): is not JSON`));
  });

  it('given any one byte of the export altered, never verifies', async () => {
    // Leaves sealed after the checkpoint are in no checkpoint: only the signed ones are vouched for.
    const signed = exported.split('\n').slice(0, latest.treeSize).join('\n') + '\n';
    const random = seededRandom(1604);
    const missed: string[] = [];
    for (let n = 0; n < 40; n++) {
      const position = random.int(signed.length);
      if (signed[position] === '\n') continue;
      const replacement = signed[position] === 'A' ? 'B' : 'A';
      const file = save(`random-${n}.ndjson`, signed.slice(0, position) + replacement + signed.slice(position + 1));
      const result = await verifyExport(file, ...key(), '--checkpoint', latest.file);
      if (result.code !== 1 || !/^NOT VERIFIED: (line \d+ \(leaf \d+\)|leaves \d+ to \d+)/.test(result.stderr)) missed.push(`byte ${position}: ${result.code} ${result.stdout}${result.stderr}`);
    }
    expect(missed).toEqual([]);
  });
});

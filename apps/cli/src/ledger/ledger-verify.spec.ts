import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  consistencyProof, generateSigningKey, inclusionProof, InMemoryNodeSource, leafHash, ledgerLeaf, parseVerifierKey, signCheckpoint, toBase64,
} from '@casetrail/ledger';
import { FIXTURE_EVENTS, recorded } from '../../../../libs/ledger/src/testing/case-events';
import { ledgerVerifyConsistency, ledgerVerifyInclusion } from './ledger-verify';

const key = generateSigningKey('casetrail/verify-test');
const eventId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
/** 21 leaves of one case: a victim identified at every fifth (leaves 0, 5, 10, ...), charges filed otherwise. */
const leaves = Array.from({ length: 21 }, (_, i) =>
  ledgerLeaf(
    recorded(FIXTURE_EVENTS.get(i % 5 === 0 ? 'VictimIdentified' : 'ChargesFiled')!, { eventId: eventId(i), streamId: 'case-1', version: i + 1 }),
    Uint8Array.from({ length: 32 }, () => i),
  ),
);
const entries = leaves.map((leaf) => leaf.entry);

async function run(command: (args: string[]) => Promise<number>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await command(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('offline verification of what the ledger routes return', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const nodes = new InMemoryNodeSource();
  entries.slice(0, 13).forEach((entry) => nodes.append(leafHash(entry)));
  const oldNote = signCheckpoint({ origin: key.name, treeSize: 13, rootHash: nodes.root() }, key.signerKey);
  entries.slice(13).forEach((entry) => nodes.append(leafHash(entry)));
  const newNote = signCheckpoint({ origin: key.name, treeSize: 21, rootHash: nodes.root() }, key.signerKey);

  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'casetrail-verify-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The route's answer: a timeline role's (private part and salt), a donor's (public part and commitment), or the entry alone. */
  const inclusionJson = async (index: number, treeSize: number, form: 'timeline' | 'donor' | 'entry' = 'timeline') => {
    const leaf = leaves[index]!;
    return JSON.stringify({
      leafIndex: index,
      leafHash: toBase64(leafHash(entries[index]!)),
      entry: toBase64(entries[index]!),
      ...(form === 'entry' ? {} : { publicPart: leaf.publicPart, commitment: toBase64(leaf.commitment) }),
      ...(form === 'timeline' ? { privatePart: toBase64(leaf.privatePart), salt: toBase64(leaf.salt) } : form === 'donor' ? { privatePart: null, salt: null } : {}),
      auditPath: (await inclusionProof(index, treeSize, nodes)).map(toBase64),
      treeSize,
    });
  };

  it('given a checkpoint, its key and an inclusion proof, then verify-inclusion names the event and exits 0', async () => {
    const result = await run(ledgerVerifyInclusion,
      '--checkpoint', file('new.note', newNote), '--proof', file('p7.json', await inclusionJson(7, 21)),
      '--public-key', key.verifierKey, '--event-id', '00000000-0000-4000-8000-000000000007');
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('event 00000000-0000-4000-8000-000000000007 (ChargesFiled, stream case-1 version 8) is leaf 7 of the ledger tree of 21 leaves');
  });

  it.each(['donor', 'entry'] as const)('given the %s form of a proof (no private part), then it verifies from the public part', async (form) => {
    const result = await run(ledgerVerifyInclusion,
      '--checkpoint', file('new.note', newNote), '--proof', file(`p7-${form}.json`, await inclusionJson(7, 21, form)),
      '--public-key', key.verifierKey, '--event-id', eventId(7));
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`event ${eventId(7)} (ChargesFiled, case case-1; public part only) is leaf 7`);
  });

  it("given a donor's proof of a victim's event, then it verifies as a leaf that shows only its existence, and cannot be named", async () => {
    const proof = file('p10.json', await inclusionJson(10, 21, 'donor'));
    const result = await run(ledgerVerifyInclusion, '--checkpoint', file('new.note', newNote), '--proof', proof, '--public-key', key.verifierKey);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('a leaf that shows only that it exists (its private part was not given) is leaf 10');
    const named = await run(ledgerVerifyInclusion, '--checkpoint', file('new.note', newNote), '--proof', proof, '--public-key', key.verifierKey, '--event-id', eventId(10));
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('the entry does not say which event it is');
    const timeline = await run(ledgerVerifyInclusion,
      '--checkpoint', file('new.note', newNote), '--proof', file('p10t.json', await inclusionJson(10, 21)), '--public-key', key.verifierKey, '--event-id', eventId(10));
    expect(timeline.stdout).toContain(`event ${eventId(10)} (VictimIdentified, stream case-1 version 11) is leaf 10`);
  });

  it.each([
    ['a private part of another event', (p: Record<string, unknown>) => ({ ...p, privatePart: toBase64(leaves[8]!.privatePart) }), 'do not open'],
    ['another salt', (p: Record<string, unknown>) => ({ ...p, salt: toBase64(leaves[8]!.salt) }), 'do not open'],
    ['a private part without its salt', (p: Record<string, unknown>) => ({ ...p, salt: null }), 'needs its salt'],
    ['a publicPart that is not the entry\'s', (p: Record<string, unknown>) => ({ ...p, publicPart: leaves[8]!.publicPart }), 'publicPart given beside the entry'],
    ['a commitment that is not the entry\'s', (p: Record<string, unknown>) => ({ ...p, commitment: toBase64(leaves[8]!.commitment) }), 'commitment given beside'],
  ])('given %s, then verify-inclusion says NOT VERIFIED and why', async (_case, bend, why) => {
    const proof = bend(JSON.parse(await inclusionJson(7, 21)) as Record<string, unknown>);
    const result = await run(ledgerVerifyInclusion, '--checkpoint', file('n.note', newNote), '--proof', file('bent.json', JSON.stringify(proof)), '--public-key', key.verifierKey);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(why);
  });

  it('given a signed tree whose leaf is an entry of format 1, then verify-inclusion says NOT VERIFIED: not format 2', async () => {
    const v1 = Buffer.from('{"eventId":"00000000-0000-4000-8000-000000000001","type":"CaseReferred","version":1}');
    const note = signCheckpoint({ origin: key.name, treeSize: 1, rootHash: leafHash(v1) }, key.signerKey);
    const proof = JSON.stringify({ leafIndex: 0, leafHash: toBase64(leafHash(v1)), entry: toBase64(v1), auditPath: [], treeSize: 1 });
    const result = await run(ledgerVerifyInclusion, '--checkpoint', file('v1.note', note), '--proof', file('v1.json', proof), '--public-key', key.verifierKey);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the entry is not a leaf entry of format 2');
  });

  it('given the checkpoint JSON and the raw base64 key the route returns, then it verifies the same', async () => {
    const answer = JSON.stringify({ treeSize: 21, note: newNote, keyName: key.name, publicKey: toBase64(parseVerifierKey(key.verifierKey).publicKey) });
    const result = await run(ledgerVerifyInclusion,
      '--checkpoint', file('checkpoint.json', answer), '--proof', file('p20.json', await inclusionJson(20, 21)),
      '--public-key', JSON.parse(answer).publicKey, '--origin', key.name);
    expect(result.code).toBe(0);
  });

  it.each([
    ['an entry changed after the fact', async () => (await inclusionJson(7, 21)).replace(toBase64(entries[7]!), toBase64(entries[8]!))],
    ['an audit path for another tree size', async () => inclusionJson(7, 13)],
    ['a malformed proof', async () => '{"leafIndex": "seven"}'],
  ])('given %s, then verify-inclusion says NOT VERIFIED and exits 1', async (_case, proof) => {
    const result = await run(ledgerVerifyInclusion, '--checkpoint', file('n.note', newNote), '--proof', file('bad.json', await proof()), '--public-key', key.verifierKey);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('NOT VERIFIED');
  });

  it('given a checkpoint signed by another key, or another event id, then verify-inclusion exits 1', async () => {
    const proof = file('p3.json', await inclusionJson(3, 21));
    const forged = signCheckpoint({ origin: key.name, treeSize: 21, rootHash: nodes.root() }, generateSigningKey(key.name).signerKey);
    expect((await run(ledgerVerifyInclusion, '--checkpoint', file('forged.note', forged), '--proof', proof, '--public-key', key.verifierKey)).code).toBe(1);
    const other = await run(ledgerVerifyInclusion, '--checkpoint', file('n2.note', newNote), '--proof', proof, '--public-key', key.verifierKey, '--event-id', '00000000-0000-4000-8000-000000000004');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('not for event 00000000-0000-4000-8000-000000000004');
  });

  it('given two checkpoints and a consistency proof, then verify-consistency exits 0; swapped or tampered, 1', async () => {
    const proof = JSON.stringify({ from: 13, to: 21, proof: (await consistencyProof(13, 21, nodes)).map(toBase64) });
    const [older, newer, proofFile] = [file('old.note', oldNote), file('new2.note', newNote), file('c.json', proof)];
    const ok = await run(ledgerVerifyConsistency, '--old', older, '--new', newer, '--proof', proofFile, '--public-key', key.verifierKey);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('the ledger tree of 21 leaves extends the tree of 13 leaves');
    expect((await run(ledgerVerifyConsistency, '--old', newer, '--new', older, '--proof', proofFile, '--public-key', key.verifierKey)).code).toBe(1);
    const bent = JSON.parse(proof) as { proof: string[] };
    bent.proof[0] = toBase64(leafHash(entries[0]!));
    const tampered = file('c2.json', JSON.stringify(bent));
    const result = await run(ledgerVerifyConsistency, '--old', older, '--new', newer, '--proof', tampered, '--public-key', key.verifierKey);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not extend');
  });

  it('given --help, then each command explains itself; given a missing option, it exits 2', async () => {
    expect((await run(ledgerVerifyInclusion, '--help')).stdout).toContain('ledger verify-inclusion');
    expect((await run(ledgerVerifyConsistency, '--help')).stdout).toContain('ledger verify-consistency');
    const missing = await run(ledgerVerifyInclusion, '--public-key', key.verifierKey);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--checkpoint is required');
    expect((await run(ledgerVerifyConsistency, '--old')).code).toBe(2);
  });
});

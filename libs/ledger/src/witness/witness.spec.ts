import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCosignatures } from '../cosignature/cosignature';
import { signTimestampedCheckpoint } from '../cosignature/signed-at';
import { leafHash } from '../merkle/hashing';
import { InMemoryNodeSource } from '../merkle/node-source';
import { consistencyProof } from '../merkle/proofs';
import { generateSigningKey, parseSignerKey } from '../note/keys';
import { formatAddCheckpoint } from './add-checkpoint';
import { Witness } from './witness';
import { serveWitness, type RunningWitness } from './witness-server';
import { WitnessState } from './witness-state';

const log = generateSigningKey('casetrail.example/ledger');
const witnessKey = generateSigningKey('witness.example/w1');
const secret = (() => {
  const { name, seed } = parseSignerKey(witnessKey.signerKey);
  return { name, seed };
})();

/** A log of `size` leaves (its own leaves when `fork` differs) and its signed checkpoint. */
async function logOf(size: number, fork = '') {
  const nodes = new InMemoryNodeSource();
  for (let i = 0; i < size; i++) nodes.append(leafHash(Buffer.from(`${fork}leaf ${i}`)));
  const note = signTimestampedCheckpoint({ origin: log.name, treeSize: size, rootHash: nodes.root() }, log.signerKey, new Date('2026-12-02T08:00:00Z'));
  return { note, proofFrom: (old: number) => (old === 0 ? Promise.resolve([]) : consistencyProof(old, size, nodes)) };
}

describe('a witness (C2SP tlog-witness add-checkpoint) over HTTP', () => {
  let dir: string;
  let running: RunningWitness;
  let witness: Witness;
  const start = async () => {
    witness = new Witness({ secret, logKeys: [log.verifierKey], state: new WitnessState(dir), now: () => new Date('2026-12-02T09:00:00Z') });
    running = await serveWitness(witness, { port: 0 });
  };
  const post = (body: string) => fetch(`${running.url}/add-checkpoint`, { method: 'POST', body });
  async function submit(size: number, oldSize: number, fork = '') {
    const { note, proofFrom } = await logOf(size, fork);
    const response = await post(formatAddCheckpoint({ oldSize, proof: await proofFrom(oldSize), note }));
    return { note, status: response.status, type: response.headers.get('content-type'), body: await response.text() };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-witness-'));
    await start();
  });
  afterAll(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a first checkpoint (old size 0), then it answers a timestamped cosignature that verifies with its key', async () => {
    const answer = await submit(5, 0);
    expect(answer.status).toBe(200);
    const [cosignature, ...rest] = openCosignatures(answer.note + answer.body, [witness.key]);
    expect(rest).toEqual([]);
    expect(cosignature).toMatchObject({ name: 'witness.example/w1', timestamp: Date.parse('2026-12-02T09:00:00Z') / 1000, line: answer.body });
  });

  it('given a checkpoint that extends it with a consistency proof, then it cosigns, and the same checkpoint again too', async () => {
    expect((await submit(13, 5)).status).toBe(200);
    expect((await submit(13, 13)).status).toBe(200);
  });

  it('given an old size that is not the last it cosigned, then 409 with its size as text/x.tlog.size', async () => {
    const answer = await submit(20, 5);
    expect(answer).toMatchObject({ status: 409, type: 'text/x.tlog.size', body: '13\n' });
  });

  it('given a fork (its size with another root), then 409, and nothing is cosigned', async () => {
    const answer = await submit(13, 13, 'forked ');
    expect(answer).toMatchObject({ status: 409, body: '13\n' });
    expect(new WitnessState(dir).latest(log.name)?.treeSize).toBe(13);
  });

  it('given a tree that shrank, then it is refused: 400 with its true old size (above the new size), 409 with any other', async () => {
    const { note } = await logOf(8);
    expect((await post(formatAddCheckpoint({ oldSize: 13, proof: [], note }))).status).toBe(400);
    expect((await submit(8, 5)).status).toBe(409);
  });

  it('given a longer tree that forked before its last checkpoint, then its consistency proof fails: 422', async () => {
    expect((await submit(21, 13, 'forked ')).status).toBe(422);
    const { note } = await logOf(21);
    expect((await post(formatAddCheckpoint({ oldSize: 13, proof: [], note }))).status).toBe(422);
  });

  it('given a checkpoint of an unknown log, or not signed by the log key, then 404 and 403', async () => {
    const other = generateSigningKey('other.example/log');
    const unknown = signTimestampedCheckpoint({ origin: other.name, treeSize: 1, rootHash: new Uint8Array(32) }, other.signerKey, new Date());
    expect((await post(formatAddCheckpoint({ oldSize: 0, proof: [], note: unknown }))).status).toBe(404);
    const impostor = generateSigningKey(log.name);
    const forged = signTimestampedCheckpoint({ origin: log.name, treeSize: 30, rootHash: new Uint8Array(32) }, impostor.signerKey, new Date());
    expect((await post(formatAddCheckpoint({ oldSize: 13, proof: [], note: forged }))).status).toBe(403);
  });

  it.each([
    ['no old line', 'casetrail\n'],
    ['a size with a leading zero', 'old 013\n\nx\n'],
    ['a proof line that is no hash', 'old 13\nAAAA\n\nx\n'],
    ['no checkpoint', 'old 13\n\n'],
  ])('given a request with %s, then 400', async (_case, body) => {
    expect((await post(body)).status).toBe(400);
  });

  it('given another path or method, then 404 or 405', async () => {
    expect((await fetch(`${running.url}/add-checkpoint`)).status).toBe(405);
    expect((await fetch(`${running.url}/elsewhere`, { method: 'POST', body: '' })).status).toBe(404);
  });

  it('given two submissions racing from the same old size, then only one is cosigned', async () => {
    const statuses = await Promise.all([submit(30, 13), submit(31, 13)]);
    expect(statuses.map((s) => s.status).sort()).toEqual([200, 409]);
  });

  it('given a restart, then it remembers the last checkpoint it cosigned and still refuses a fork', async () => {
    const size = new WitnessState(dir).latest(log.name)!.treeSize;
    await running.close();
    await start();
    expect(await submit(size, 0)).toMatchObject({ status: 409, body: `${size}\n` });
    expect((await submit(size, size, 'forked ')).status).toBe(409);
    expect((await submit(40, size)).status).toBe(200);
  });
});

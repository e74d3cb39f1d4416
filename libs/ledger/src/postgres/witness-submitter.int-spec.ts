import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@casetrail/event-store';
import type { TestDatabase } from '../../../../test/support/test-database';
import { openCosignatures } from '../cosignature/cosignature';
import { generateSigningKey, parseSignerKey } from '../note/keys';
import { Witness } from '../witness/witness';
import { serveWitness, type RunningWitness } from '../witness/witness-server';
import { WitnessState } from '../witness/witness-state';
import { CheckpointSigner } from './checkpoint-signer';
import { allCheckpoints } from './checkpoint-rows';
import { cosignaturesOf } from './cosignature-rows';
import { LedgerSealer } from './ledger-sealer';
import { createLedgerTestDatabase, givenCases } from './testing/ledger-test-database';
import { eventually } from './testing/whole-log';
import { WitnessSubmitter } from './witness-submitter';

const log = generateSigningKey('casetrail/witnessed');

/** A witness served on a port (0: any free one) with its own key and state folder. */
class TestWitness {
  readonly secret: { name: string; seed: Uint8Array };
  running: RunningWitness | null = null;
  witness!: Witness;
  constructor(name: string, public stateDir: string) {
    const { seed } = parseSignerKey(generateSigningKey(name).signerKey);
    this.secret = { name, seed };
  }
  async start(port = 0) {
    this.witness = new Witness({ secret: this.secret, logKeys: [log.verifierKey], state: new WitnessState(this.stateDir) });
    this.running = await serveWitness(this.witness, { port });
    return this;
  }
  get port() {
    return Number(new URL(this.running!.url).port);
  }
  get target() {
    return { name: this.secret.name, url: this.running!.url, key: this.witness.key.text };
  }
  async stop() {
    await this.running?.close();
    this.running = null;
  }
}

describe('submitting checkpoints to witnesses (C2SP tlog-witness)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let sealer: LedgerSealer;
  let dir: string;
  let w1: TestWitness;
  let w2: TestWitness;
  let submitter: WitnessSubmitter;
  let signer: CheckpointSigner;
  const failures: string[] = [];

  const grow = async (seed: number) => {
    await givenCases(store, 1, seed);
    await sealer.sealPending();
    return (await signer.signIfGrown())!;
  };
  const cosignersOf = async (checkpointId: number) => ((await cosignaturesOf(db.pool, [checkpointId])).get(checkpointId) ?? []).map((c) => c.name).sort();

  beforeAll(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    sealer = new LedgerSealer(db.pool, store);
    dir = mkdtempSync(join(tmpdir(), 'casetrail-witnesses-'));
    w1 = await new TestWitness('witness.example/w1', join(dir, 'w1')).start();
    w2 = await new TestWitness('auditor.example/w2', join(dir, 'w2')).start();
    submitter = new WitnessSubmitter(db.pool, [w1.target, w2.target], {
      backoffMs: 20, maxBackoffMs: 100, pollMs: 60_000, onFailure: (failure) => failures.push(failure.component),
    });
    signer = new CheckpointSigner(db.pool, log, { onSigned: () => submitter.wake() });
  }, 60_000);
  afterAll(async () => {
    await submitter.stop();
    await w1.stop();
    await w2.stop();
    await store.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a new checkpoint, then each witness cosigns it and its verified line is kept', async () => {
    const signed = await grow(1);
    await submitter.idle();
    expect(await cosignersOf(signed.id)).toEqual(['auditor.example/w2', 'witness.example/w1']);
    const [kept] = (await cosignaturesOf(db.pool, [signed.id])).get(signed.id)!.filter((c) => c.name === 'witness.example/w1');
    expect(openCosignatures(signed.note + kept!.line, [w1.witness.key])).toHaveLength(1);
    expect(submitter.status().map((s) => ({ name: s.name, treeSize: s.treeSize, failing: s.failing }))).toEqual([
      { name: 'witness.example/w1', treeSize: signed.treeSize, failing: null },
      { name: 'auditor.example/w2', treeSize: signed.treeSize, failing: null },
    ]);
  });

  it('given the log grows, then each next checkpoint goes with a consistency proof from the last they cosigned', async () => {
    const signed = await grow(2);
    await submitter.idle();
    expect(await cosignersOf(signed.id)).toEqual(['auditor.example/w2', 'witness.example/w1']);
    expect(new WitnessState(w1.stateDir).latest(log.name)?.treeSize).toBe(signed.treeSize);
  });

  it('given a witness down, then the log keeps signing, the other witness cosigns, and the one down is failing; back up, it catches up', async () => {
    const port = w1.port;
    const before = (await allCheckpoints(db.pool)).at(-1)!;
    await w1.stop();
    const first = await grow(3);
    const second = await grow(4);
    await submitter.idle();
    expect(await cosignersOf(second.id)).toEqual(['auditor.example/w2']);
    const down = submitter.status()[0]!;
    expect(down).toMatchObject({ name: 'witness.example/w1', treeSize: before.treeSize });
    expect(down.failing).toMatchObject({ component: 'witness:witness.example/w1', eventId: null });
    await eventually(async () => (submitter.status()[0]!.failing?.attempts ?? 0) >= 2, 5_000);
    expect(failures.filter((f) => f === 'witness:witness.example/w1')).toHaveLength(1); // told once, not at every retry

    await w1.start(port);
    await eventually(async () => submitter.status()[0]!.failing === null, 5_000);
    await submitter.idle();
    expect(await cosignersOf(second.id)).toEqual(['auditor.example/w2', 'witness.example/w1']);
    expect(await cosignersOf(first.id)).toEqual(['auditor.example/w2']); // only the latest is submitted
  });

  it('given a witness that lost its state (holds nothing), then its 409 tells the size it holds and the checkpoint is sent again from there', async () => {
    const port = w2.port;
    await w2.stop();
    w2.stateDir = join(dir, 'w2-fresh');
    await w2.start(port);
    const signed = await grow(5);
    await submitter.idle();
    expect(await cosignersOf(signed.id)).toEqual(['auditor.example/w2', 'witness.example/w1']);
    expect(submitter.status()[1]!.failing).toBeNull();
  });

  it('given a witness that holds another root at the log size, then it refuses to cosign and the submitter says so, storing nothing', async () => {
    await givenCases(store, 1, 6);
    await sealer.sealPending();
    const size = (await sealer.sealedTree()).size;
    const forkedDir = join(dir, 'forked');
    new WitnessState(forkedDir).record(log.name, { treeSize: size, rootHash: Buffer.alloc(32, 9).toString('base64'), checkpoint: '' });
    const forked = await new TestWitness('forked.example/w3', forkedDir).start();
    const lone = new WitnessSubmitter(db.pool, [forked.target], { backoffMs: 20, maxBackoffMs: 50 });
    try {
      const signed = (await signer.signIfGrown())!;
      expect(signed.treeSize).toBe(size);
      lone.wake();
      await eventually(async () => lone.status()[0]!.failing !== null, 5_000);
      expect(lone.status()[0]!.failing!.reason).toContain(`another root for size ${size}`);
      expect(await cosignersOf(signed.id)).toEqual(['auditor.example/w2', 'witness.example/w1']);
    } finally {
      await lone.stop();
      await forked.stop();
    }
  });
});

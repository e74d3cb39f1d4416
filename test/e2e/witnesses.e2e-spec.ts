import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { generateSigningKey, openCheckpoint, openCosignatures, parseSignerKey, serveWitness, Witness, WitnessState, type RunningWitness } from '@casetrail/ledger';
import { as, at } from '../support/case-requests';
import { startTestApp, TEST_LEDGER_KEY, type TestApp } from '../support/test-app';

type Health = {
  status: string;
  witnesses: { name: string; url: string; cosignedTreeSize: number; behind: boolean }[];
  failing: { component: string; eventId: string | null; reason: string; attempts: number }[];
};

/** Issue #17 part 6: the service has each new checkpoint cosigned by the witnesses of CASETRAIL_WITNESSES, and keeps working without them. */
describe('witnesses of the ledger (CASETRAIL_WITNESSES)', () => {
  let app: TestApp;
  let dir: string;
  let witness: Witness;
  let running: RunningWitness | null;
  let port = 0;
  let auditor: ReturnType<typeof as>;
  let investigator: ReturnType<typeof as>;
  const { seed } = parseSignerKey(generateSigningKey('witness.example/w1').signerKey);

  const startWitness = async () => {
    witness = new Witness({ secret: { name: 'witness.example/w1', seed }, logKeys: [TEST_LEDGER_KEY.verifierKey], state: new WitnessState(dir) });
    running = await serveWitness(witness, { port });
    port = Number(new URL(running.url).port);
  };
  const health = async () => (await request(app.http).get('/health').expect(200)).body as Health;
  async function eventually<T>(read: () => Promise<T>, settled: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await read();
      if (settled(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const refer = () =>
    investigator.post('/v1/cases', { caseId: randomUUID(), occurredAt: at('05-01'), source: 'police', district: 'maseru', form: 'labour' }).expect(201);
  const latest = async () => (await auditor.get('/v1/ledger/checkpoint').expect(200)).body;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casetrail-e2e-witness-'));
    await startWitness();
    app = await startTestApp({ CASETRAIL_WITNESSES: `${running!.url} ${witness.key.text}` });
    auditor = as(app.http, await app.userToken('auditor'));
    investigator = as(app.http, await app.userToken('investigator'));
  });
  afterAll(async () => {
    await app?.close();
    await running?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given a new checkpoint, then the witness cosigns it and both checkpoint routes serve the cosignature, which verifies with its key', async () => {
    await refer();
    const signed = (await auditor.post('/v1/ledger/checkpoints', {}).expect(201)).body;
    const checkpoint = await eventually(latest, (c) => c.treeSize === signed.treeSize && c.cosignatures.length === 1);
    const [cosignature] = checkpoint.cosignatures;
    expect(cosignature).toMatchObject({ name: 'witness.example/w1', keyId: witness.key.keyId });
    expect(openCosignatures(checkpoint.note + cosignature.line, [witness.key.text])).toEqual([
      expect.objectContaining({ name: 'witness.example/w1', timestamp: Date.parse(cosignature.cosignedAt) / 1000 }),
    ]);
    expect(() => openCheckpoint(checkpoint.note + cosignature.line, { origin: TEST_LEDGER_KEY.name, verifierKeys: [TEST_LEDGER_KEY.verifierKey] })).not.toThrow();
    const listed = (await auditor.get('/v1/ledger/checkpoints').expect(200)).body.items.at(-1);
    expect(listed.cosignatures).toEqual(checkpoint.cosignatures);
    expect(await health()).toMatchObject({ status: 'ok', witnesses: [{ name: 'witness.example/w1', cosignedTreeSize: signed.treeSize, behind: false }] });
  });

  it('given the witness down, then the service keeps recording and signing, and /health is degraded naming the witness; back up, it catches up', async () => {
    await running!.close();
    running = null;
    await refer();
    const signed = (await auditor.post('/v1/ledger/checkpoints', {}).expect(201)).body;
    const down = await eventually(health, (h) => h.failing.length > 0);
    expect(down.status).toBe('degraded');
    expect(down.failing).toEqual([expect.objectContaining({ component: 'witness:witness.example/w1', eventId: null })]);
    expect(down.witnesses).toEqual([expect.objectContaining({ name: 'witness.example/w1', behind: true })]);
    expect(down.witnesses[0]!.cosignedTreeSize).toBeLessThan(signed.treeSize);
    await refer(); // writes still answer

    await startWitness();
    const back = await eventually(health, (h) => h.status === 'ok');
    expect(back).toMatchObject({ status: 'ok', failing: [], witnesses: [{ behind: false }] });
    const checkpoint = await eventually(latest, (c) => c.cosignatures.length === 1);
    expect(checkpoint.cosignatures[0].name).toBe('witness.example/w1');
  }, 40_000);
});

import { randomUUID } from 'node:crypto';
import { fromBase64, leafHash, toBase64, verifyInclusion } from '@casetrail/ledger';
import { reportCoverage } from '@casetrail/read-models';
import { as, at } from '../support/case-requests';
import { startTestApp, TEST_LEDGER_KEY, type TestApp } from '../support/test-app';

type Api = ReturnType<typeof as>;
interface Checkpoint { treeSize: number; rootHash: string }

/**
 * api.md "The report, more exactly": `checkpoint` is `{treeSize, rootHash}` of the ledger the answer was
 * computed from, every event it counted in that tree: the first signed checkpoint that holds them all.
 */
describe('the report names the ledger checkpoint it was computed from', () => {
  let app: TestApp;
  let investigator: Api;
  let auditor: Api;
  let position = 0;

  /** A case investigated in 2021-22 in `district`; answers its event ids. */
  async function investigatedCase(district: string): Promise<string[]> {
    const caseId = randomUUID();
    const ids: string[] = [];
    for (const [path, body] of [
      ['/v1/cases', { caseId, occurredAt: at('05-01'), source: 'police', district, form: 'labour' }],
      [`/v1/cases/${caseId}/investigation`, { occurredAt: at('05-02'), unit: 'ATU' }],
    ] as const) {
      const response = await investigator.post(path, body).expect(201);
      ids.push(...(response.body.eventIds as string[]));
      position = Math.max(position, response.body.position);
    }
    return ids;
  }
  const report = async (api: Api, query = '') =>
    (await api.get(`/v1/reports/government-action?period=2021-22&minPosition=${position}${query}`).expect(200)).body as {
      checkpoint: Checkpoint | null; knownAt: string; investigations: { initiated: { total: number } };
    };

  /** The event is leaf `leafIndex` of the checkpoint's tree, proved against its root. */
  async function inTree(eventId: string, checkpoint: Checkpoint): Promise<boolean> {
    const { body } = await auditor.get(`/v1/ledger/proofs/inclusion?eventId=${eventId}&treeSize=${checkpoint.treeSize}`).expect(200);
    return verifyInclusion(leafHash(fromBase64(body.entry)), body.leafIndex, checkpoint.treeSize, body.auditPath.map(fromBase64), fromBase64(checkpoint.rootHash));
  }

  beforeAll(async () => {
    // A bound long enough for a loaded machine: these tests pin which checkpoint is named, not how fast.
    app = await startTestApp({ CASETRAIL_REPORT_CHECKPOINT_WAIT_MS: '30000' });
    investigator = as(app.http, await app.userToken('investigator'));
    auditor = as(app.http, await app.userToken('auditor'));
  }, 120_000);
  afterAll(() => app.close());

  it('given counted events, names a signed tree holding each of them; the same answer later names the same tree', async () => {
    const maseru = await investigatedCase('maseru');
    const first = await report(auditor);
    expect(first.investigations.initiated.total).toBe(1);
    expect(first.checkpoint).toEqual({ treeSize: expect.any(Number), rootHash: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) });
    for (const eventId of maseru) expect(await inTree(eventId, first.checkpoint!)).toBe(true);

    const berea = await investigatedCase('berea');
    const national = await report(auditor);
    expect(national.investigations.initiated.total).toBe(2);
    expect(national.checkpoint!.treeSize).toBeGreaterThan(first.checkpoint!.treeSize);
    for (const eventId of [...maseru, ...berea]) expect(await inTree(eventId, national.checkpoint!)).toBe(true);
    // As the record stood at the first answer: the same counted events, so the same checkpoint.
    expect((await report(auditor, `&knownAt=${encodeURIComponent(first.knownAt)}`)).checkpoint).toEqual(first.checkpoint);
    // Found by joining every counted row when none of the latest leaves is counted, as for an early knownAt: the same tree.
    for (const [knownAt, named] of [[first.knownAt, first.checkpoint], [national.knownAt, national.checkpoint]] as const) {
      const question = { knownAt, district: null, keyName: TEST_LEDGER_KEY.name, keyId: TEST_LEDGER_KEY.keyId };
      const joined = await reportCoverage(app.service.database.pool, question, null, 0);
      expect(joined.kind === 'signed' && { treeSize: joined.checkpoint.treeSize, rootHash: toBase64(joined.checkpoint.rootHash) }).toEqual(named);
    }
  });

  it('given many reports asked after a write while writes elsewhere go on, they share one signature and each names a tree holding what it counted', async () => {
    const signed = async () => (await app.service.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_checkpoints')).rows[0]!.n;
    const thabaAuditor = as(app.http, await app.userToken('auditor', 'thaba-tseka'));
    const thaba = await investigatedCase('thaba-tseka');
    const before = await signed();
    let writing = true;
    const elsewhere = (async () => {
      while (writing) await investigatedCase('qachas-nek');
    })();
    // Asked a few at a time while the tree keeps growing: a report signing on its own, or sharing only a
    // signing that started after it asked, would sign the grown tree again and again.
    const answers: Awaited<ReturnType<typeof report>>[] = [];
    for (let round = 0; round < 4; round++) answers.push(...(await Promise.all([1, 2, 3].map(() => report(thabaAuditor)))));
    writing = false;
    await elsewhere;
    expect(await signed()).toBe(before + 1);
    for (const answer of answers) {
      expect(answer.checkpoint).toEqual(answers[0]!.checkpoint);
      for (const eventId of thaba) expect(await inTree(eventId, answer.checkpoint!)).toBe(true);
    }
  });

  it('given a caller scoped to maseru, names the tree of their own events: later events elsewhere do not move it', async () => {
    const maseruAuditor = as(app.http, await app.userToken('auditor', 'maseru'));
    const before = await report(maseruAuditor);
    await investigatedCase('leribe');
    const after = await report(maseruAuditor);
    expect(after.checkpoint).toEqual(before.checkpoint);
    expect(after.investigations.initiated.total).toBe(1);
  });

  it('given a donor, names the checkpoint too (a tree of every event, no victim in it)', async () => {
    const donor = as(app.http, await app.userToken('donor'));
    const national = await report(auditor);
    expect((await report(donor)).checkpoint).toEqual(national.checkpoint);
  });
});

describe('the report waits for its checkpoint only so long', () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it('given no sealer running (another process would seal), answers checkpoint null once CASETRAIL_REPORT_CHECKPOINT_WAIT_MS has passed', async () => {
    app = await startTestApp({ CASETRAIL_LEDGER: 'off', CASETRAIL_REPORT_CHECKPOINT_WAIT_MS: '300' });
    const investigator = as(app.http, await app.userToken('investigator'));
    const auditor = as(app.http, await app.userToken('auditor'));
    const created = await investigator.post('/v1/cases', { caseId: randomUUID(), occurredAt: at('05-01'), source: 'police', district: 'berea', form: 'labour' }).expect(201);
    const { body } = await auditor.get(`/v1/reports/government-action?period=2021-22&minPosition=${created.body.position}`).expect(200);
    expect(body.checkpoint).toBeNull();
    const { rows } = await app.service.database.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_leaves');
    expect(rows[0]!.n).toBe(0); // the report did not seal
  }, 120_000);
});

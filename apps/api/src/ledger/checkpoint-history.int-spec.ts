import { ROLES } from '@casetrail/domain';
import {
  allCheckpoints, consistencyProof, fromBase64, generateSigningKey, NoteVerificationError, openCheckpoint, PostgresNodeSource, signedAtOf,
  toBase64, verifyConsistency,
} from '@casetrail/ledger';
import { givenCases } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { ROLES_KEY } from '../auth/roles.decorator';
import { LedgerController } from './ledger.controller';
import { startLedgerApp, type LedgerApp } from './testing/ledger-app';

const key = generateSigningKey('casetrail/history-test');

/** GET /v1/ledger/checkpoints: every signed checkpoint, oldest first, with signedAt inside the signature. */
describe('the checkpoint history', () => {
  let ledger: LedgerApp;
  let auditor: string;
  const signNow = () => ledger.post('/v1/ledger/checkpoints', auditor).expect(201);
  const list = (query = '') => ledger.get(`/v1/ledger/checkpoints${query}`).expect(200);

  beforeAll(async () => {
    ledger = await startLedgerApp(key, { CASETRAIL_LEDGER: 'off' });
    auditor = await ledger.userToken('auditor');
  }, 60_000);
  afterAll(() => ledger.close());

  it('given every role, then each may read the history', () => {
    expect(Reflect.getMetadata(ROLES_KEY, LedgerController.prototype.history)).toEqual([...ROLES]);
  });

  it('given no checkpoint yet, then the list is empty', async () => {
    expect((await list()).body).toEqual({ items: [], nextCursor: null, filters: { fromSize: 0 } });
  });

  it('given a ledger that grows, then every checkpoint signed is listed oldest first, each extending the one before', async () => {
    for (const seed of [1, 2, 3]) {
      await givenCases(ledger.store, 2, seed);
      await signNow();
      expect((await list()).body.items).toHaveLength(seed);
    }
    const { body } = await list();
    const sizes = body.items.map((item: { treeSize: number }) => item.treeSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(3);
    expect(body.items.map((item: { note: string }) => item.note)).toEqual((await allCheckpoints(ledger.db.pool)).map((c) => c.note));
    const nodes = new PostgresNodeSource(ledger.db.pool);
    for (let i = 1; i < body.items.length; i++) {
      const [old, next] = [body.items[i - 1], body.items[i]];
      const proof = await consistencyProof(old.treeSize, next.treeSize, nodes);
      expect(verifyConsistency(old.treeSize, next.treeSize, fromBase64(old.rootHash), fromBase64(next.rootHash), proof)).toBe(true);
    }
    for (const item of body.items) {
      const { checkpoint } = openCheckpoint(item.note, { origin: key.name, verifierKeys: [key.verifierKey] });
      expect(toBase64(checkpoint.rootHash)).toBe(item.rootHash);
      expect(item).toMatchObject({ keyName: key.name, verifierKey: key.verifierKey, cosignatures: [] });
    }
  });

  it('given a listed checkpoint, then its signedAt is what the log key signed, and an altered signedAt fails', async () => {
    const [item] = (await list()).body.items;
    expect(signedAtOf(item.note, key.verifierKey).toISOString()).toBe(item.signedAt);
    expect(item.signedAt).toMatch(/\.000Z$/);
    const stampLine = item.note.split('\n').at(-2) as string;
    const payload = fromBase64(stampLine.slice(stampLine.lastIndexOf(' ') + 1));
    payload[11] = payload[11]! ^ 1; // one second off
    const altered = item.note.replace(stampLine, `${stampLine.slice(0, stampLine.lastIndexOf(' ') + 1)}${toBase64(payload)}`);
    expect(() => signedAtOf(altered, key.verifierKey)).toThrow(NoteVerificationError);
    expect(() => signedAtOf(item.note, generateSigningKey(key.name).verifierKey)).toThrow(NoteVerificationError);
  });

  it('given fromSize, then only checkpoints of at least that size are listed, and the filter is echoed', async () => {
    const all = (await list()).body.items;
    const { body } = await list(`?fromSize=${all[1].treeSize}`);
    expect(body.filters).toEqual({ fromSize: all[1].treeSize });
    expect(body.items.map((i: { treeSize: number }) => i.treeSize)).toEqual(all.slice(1).map((i: { treeSize: number }) => i.treeSize));
    expect((await list(`?fromSize=${all[2].treeSize + 1}`)).body.items).toEqual([]);
  });

  it('given a walk one page at a time, then each checkpoint is seen once, and one signed during the walk is not among them', async () => {
    const all = (await list()).body.items;
    const seen: number[] = [];
    let page = (await list('?limit=1')).body;
    seen.push(...page.items.map((i: { treeSize: number }) => i.treeSize));
    await givenCases(ledger.store, 1, 4);
    await signNow();
    while (page.nextCursor) {
      page = (await list(`?limit=1&cursor=${page.nextCursor}`)).body;
      seen.push(...page.items.map((i: { treeSize: number }) => i.treeSize));
    }
    expect(seen).toEqual(all.map((i: { treeSize: number }) => i.treeSize));
    expect((await list()).body.items).toHaveLength(all.length + 1);
  });

  it.each([
    ['fromSize', '?fromSize=-1'],
    ['fromSize', '?fromSize=01'],
    ['limit', '?limit=0'],
    ['limit', '?limit=501'],
    ['cursor', '?cursor=bm9wZQ'],
    ['cursor', '?cursor=a%20b'],
  ])('given a malformed %s (%s), then 400 VALIDATION_FAILED names it', async (field, query) => {
    const { body } = await ledger.get(`/v1/ledger/checkpoints${query}`).expect(400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(body)).toContain(field);
  });
});

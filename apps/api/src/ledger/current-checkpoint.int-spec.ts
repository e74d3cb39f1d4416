import { PostgresEventStore } from '@casetrail/event-store';
import { CheckpointSigner, generateSigningKey, LedgerSealer, openCheckpoint, rootFromLeafHashes, toHex } from '@casetrail/ledger';
import { createLedgerTestDatabase, givenCases } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import type { TestDatabase } from '../../../../test/support/test-database';
import { CurrentCheckpoint } from './current-checkpoint';

const key = generateSigningKey('casetrail/test');

/**
 * A report asked after a write needs a checkpoint covering what it counted. Many are asked at once under
 * writes: they share signings, and still each is answered by a checkpoint of everything readable before it asked.
 */
describe('CurrentCheckpoint.signNow under concurrent writes and callers', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let checkpoints: CurrentCheckpoint;

  beforeAll(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    await givenCases(store, 2, 5);
    checkpoints = new CurrentCheckpoint(new CheckpointSigner(db.pool, key), new LedgerSealer(db.pool, store));
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  /** Events readable in the global order now (below the oldest running transaction, as a projection reads them). */
  const committed = async () =>
    Number((await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())')).rows[0]!.n);

  it('given callers between writes, answers each with a signed tree holding every event readable before it asked', async () => {
    const answers: Promise<{ needed: number; treeSize: number; note: string }>[] = [];
    for (let i = 0; i < 8; i++) {
      await givenCases(store, 1, 100 + i);
      const needed = await committed();
      answers.push(checkpoints.signNow().then((signed) => ({ needed, treeSize: signed.treeSize, note: signed.note })));
      answers.push(checkpoints.signNow().then((signed) => ({ needed, treeSize: signed.treeSize, note: signed.note })));
    }
    for (const answer of await Promise.all(answers)) {
      expect(answer.treeSize).toBeGreaterThanOrEqual(answer.needed);
      expect(openCheckpoint(answer.note, { origin: 'casetrail/test', verifierKeys: [key.verifierKey] }).checkpoint.treeSize).toBe(answer.treeSize);
    }
    const last = (await Promise.all(answers)).at(-1)!;
    const { rows } = await db.pool.query<{ leaf_hash: Buffer }>('SELECT leaf_hash FROM ledger_leaves WHERE leaf_index < $1 ORDER BY leaf_index', [last.treeSize]);
    const { checkpoint } = openCheckpoint(last.note, { origin: 'casetrail/test', verifierKeys: [key.verifierKey] });
    expect(toHex(checkpoint.rootHash)).toBe(toHex(rootFromLeafHashes(rows.map((r) => new Uint8Array(r.leaf_hash)))));
  }, 60_000);

  it('given nothing committed since, answers the latest checkpoint instead of signing again', async () => {
    const before = await checkpoints.signNow();
    const again = await Promise.all([checkpoints.signNow(), checkpoints.signNow(), checkpoints.signNow()]);
    expect(again.map((c) => c.id)).toEqual([before.id, before.id, before.id]);
  });
});

import { randomBytes } from 'node:crypto';
import { PostgresEventStore } from '@casetrail/event-store';
import type { TestDatabase } from '../../../../test/support/test-database';
import { openCheckpoint } from '../checkpoint/signed-checkpoint';
import { toHex } from '../encoding';
import { rootFromLeafHashes } from '../merkle/reference';
import { verifyConsistency } from '../merkle/verify';
import { generateSigningKey } from '../note/keys';
import { CheckpointSigner } from './checkpoint-signer';
import { InconsistentTreeError } from './errors';
import { LedgerProofs } from './ledger-proofs';
import { LedgerSealer } from './ledger-sealer';
import { createLedgerTestDatabase, givenCases } from './testing/ledger-test-database';
import { leavesFromEvents } from './testing/leaves-from-events';

const key = generateSigningKey('casetrail/test');
const at = (iso: string) => ({ now: () => new Date(iso) });

async function givenSealedLedger(cases: number, seed: number) {
  const db = await createLedgerTestDatabase();
  const store = new PostgresEventStore(db.pool);
  await givenCases(store, cases, seed);
  const sealer = new LedgerSealer(db.pool, store);
  await sealer.sealPending();
  return { db, store, sealer };
}

describe('signing checkpoints of the ledger', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let sealer: LedgerSealer;

  beforeAll(async () => ({ db, store, sealer } = await givenSealedLedger(15, 11)), 60_000);
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  it('given a sealed tree, when a checkpoint is signed, then its note opens with the verifier key and signs the size and reference root', async () => {
    const signer = new CheckpointSigner(db.pool, key, at('2024-07-01T10:00:00Z'));
    const signed = await signer.signCheckpoint();

    const leaves = await leavesFromEvents(db.pool, store);
    const { checkpoint } = openCheckpoint(signed.note, { origin: 'casetrail/test', verifierKeys: [key.verifierKey] });
    expect(checkpoint.treeSize).toBe(leaves.length);
    expect(toHex(checkpoint.rootHash)).toBe(toHex(rootFromLeafHashes(leaves)));
    expect(signed).toMatchObject({ treeSize: leaves.length, keyName: 'casetrail/test', keyId: key.keyId, signedAt: '2024-07-01T10:00:00.000Z' });
    expect(toHex(signed.rootHash)).toBe(toHex(checkpoint.rootHash));
  });

  it('given the tree did not grow, then the interval signs nothing and on demand answers the same checkpoint', async () => {
    const signer = new CheckpointSigner(db.pool, key, at('2024-07-01T10:01:00Z'));
    const latest = await signer.latest();
    expect(await signer.signIfGrown()).toBeNull();
    expect((await signer.signCheckpoint()).id).toBe(latest!.id);
    expect((await signer.current())!.id).toBe(latest!.id);
  });

  it('given the tree grew, when the interval signs, then the new checkpoint provably extends the old one', async () => {
    const signer = new CheckpointSigner(db.pool, key, at('2024-07-01T10:02:00Z'));
    const old = (await signer.latest())!;
    await givenCases(store, 3, 12);
    await sealer.sealPending();
    const grown = (await signer.signIfGrown())!;
    expect(grown.treeSize).toBeGreaterThan(old.treeSize);
    const { proof } = await new LedgerProofs(db.pool, store).consistency(old.treeSize, grown.treeSize);
    expect(verifyConsistency(old.treeSize, grown.treeSize, old.rootHash, grown.rootHash, proof)).toBe(true);
  });

  it('given a new signing key and no growth, then the current checkpoint is the same tree signed with the new key', async () => {
    const rotated = generateSigningKey('casetrail/test');
    const old = (await new CheckpointSigner(db.pool, key).latest())!;
    const current = (await new CheckpointSigner(db.pool, rotated, at('2024-07-01T10:03:00Z')).current())!;
    expect(current.id).toBeGreaterThan(old.id);
    expect(current.treeSize).toBe(old.treeSize);
    expect(current.keyId).toBe(rotated.keyId);
    expect(() => openCheckpoint(current.note, { origin: 'casetrail/test', verifierKeys: [rotated.verifierKey] })).not.toThrow();
  });

  it.each(['ledger_leaves', 'ledger_nodes', 'ledger_seals', 'ledger_checkpoints'])(
    'given the ledger table %s, then UPDATE, DELETE and TRUNCATE are refused',
    async (table) => {
      const column = { ledger_leaves: 'leaf_hash', ledger_nodes: 'hash', ledger_seals: 'root_hash', ledger_checkpoints: 'root_hash' }[table]!;
      for (const statement of [`UPDATE ${table} SET ${column} = ${column}`, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
        await expect(db.pool.query(statement)).rejects.toMatchObject({ code: '42501' });
      }
      const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows[0]!.n).toBeGreaterThan(0);
    },
  );
});

describe('the signer refuses a tree that does not extend the last checkpoint', () => {
  it('given a signed checkpoint whose root the stored tree does not have, when asked to sign, then it refuses and stores nothing', async () => {
    const { db, store } = await givenSealedLedger(4, 21);
    try {
      await db.pool.query(
        "INSERT INTO ledger_checkpoints (tree_size, root_hash, note, key_name, key_id, signed_at) VALUES (5, $1, 'forged', 'casetrail/test', $2, now())",
        [randomBytes(32), key.keyId],
      );
      const signer = new CheckpointSigner(db.pool, key);
      await expect(signer.signCheckpoint()).rejects.toThrow(InconsistentTreeError);
      await expect(signer.signIfGrown()).rejects.toThrow(/does not extend the last checkpoint \(size 5/);
      const { rows } = await db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_checkpoints');
      expect(rows[0]!.n).toBe(1);
    } finally {
      await store.close();
      await db.close();
    }
  }, 60_000);

  it('given a checkpoint larger than the sealed tree, when asked to sign, then it refuses', async () => {
    const { db, store, sealer } = await givenSealedLedger(2, 22);
    try {
      const size = (await sealer.sealedTree()).size;
      await db.pool.query(
        "INSERT INTO ledger_checkpoints (tree_size, root_hash, note, key_name, key_id, signed_at) VALUES ($1, $2, 'forged', 'casetrail/test', $3, now())",
        [size + 10, randomBytes(32), key.keyId],
      );
      await expect(new CheckpointSigner(db.pool, key).signCheckpoint()).rejects.toThrow(/smaller than the last checkpoint/);
    } finally {
      await store.close();
      await db.close();
    }
  }, 60_000);

  it('given a stored subtree rewritten after a checkpoint, when asked to sign the grown tree, then it refuses', async () => {
    const { db, store } = await givenSealedLedger(4, 23);
    try {
      const signer = new CheckpointSigner(db.pool, key);
      const signed = await signer.signCheckpoint();
      const largest = Math.floor(Math.log2(signed.treeSize)); // the subtree over the first 2^largest leaves
      const client = await db.pool.connect();
      try {
        await client.query('ALTER TABLE ledger_nodes DISABLE TRIGGER USER');
        await client.query('UPDATE ledger_nodes SET hash = $1 WHERE level = $2 AND node_index = 0', [randomBytes(32), largest]);
        await client.query('ALTER TABLE ledger_nodes ENABLE TRIGGER USER');
      } finally {
        client.release();
      }
      await givenCases(store, 1, 24);
      await new LedgerSealer(db.pool, store).sealPending();
      await expect(signer.signIfGrown()).rejects.toThrow(InconsistentTreeError);
    } finally {
      await store.close();
      await db.close();
    }
  }, 60_000);
});

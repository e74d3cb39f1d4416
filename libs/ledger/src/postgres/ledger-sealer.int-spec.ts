import { PostgresEventStore } from '@casetrail/event-store';
import type { TestDatabase } from '../../../../test/support/test-database';
import { toHex } from '../encoding';
import { ledgerLeaf } from '../leaf/ledger-leaf';
import { openLedgerEntry, opensCommitment } from '../leaf/open-entry';
import { leafHash } from '../merkle/hashing';
import { inclusionProof, treeRoot } from '../merkle/proofs';
import { rootFromLeafHashes } from '../merkle/reference';
import { verifyConsistency, verifyInclusion } from '../merkle/verify';
import { EventNotSealedError, TreeSizeNotSealedError } from './errors';
import { LedgerProofs } from './ledger-proofs';
import { LedgerSealer } from './ledger-sealer';
import { PostgresNodeSource } from './node-table';
import { sealedSize } from './sealed-tree';
import { createLedgerTestDatabase, givenCases } from './testing/ledger-test-database';
import { leavesFromEvents } from './testing/leaves-from-events';
import { eventually, wholeLog } from './testing/whole-log';

describe('sealing the event log into the ledger', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let events: number;

  beforeAll(async () => {
    db = await createLedgerTestDatabase();
    store = new PostgresEventStore(db.pool);
    events = await givenCases(store, 25, 7);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await db.close();
  });

  const referenceLeaves = () => leavesFromEvents(db.pool, store);

  it('given committed events, when sealed in batches, then leaf n is the n-th event of the global order and every root is the reference root', async () => {
    expect(events).toBeGreaterThan(200);
    const sealer = new LedgerSealer(db.pool, store, { batchSize: 37 });
    expect(await sealer.sealPending()).toBe(events);

    const log = await wholeLog(store);
    const leaves = await referenceLeaves();
    const { rows } = await db.pool.query<{ leaf_index: number; event_id: string; leaf_hash: Buffer; salt: Buffer; entry: Buffer }>(
      'SELECT leaf_index::int AS leaf_index, event_id, leaf_hash, salt, entry FROM ledger_leaves ORDER BY leaf_index',
    );
    expect(rows.map((row) => row.leaf_index)).toEqual(log.map((_, i) => i));
    expect(rows.map((row) => row.event_id)).toEqual(log.map((event) => event.eventId));
    expect(rows.map((row) => toHex(row.leaf_hash))).toEqual(leaves.map(toHex));
    // Each leaf keeps the entry it hashed and a salt of its own.
    expect(rows.map((row) => toHex(leafHash(row.entry)))).toEqual(leaves.map(toHex));
    expect(rows.map((row) => toHex(row.entry))).toEqual(log.map((event, i) => toHex(ledgerLeaf(event, rows[i]!.salt).entry)));
    expect(new Set(rows.map((row) => toHex(row.salt))).size).toBe(rows.length);

    const seals = await db.pool.query<{ tree_size: number; root_hash: Buffer }>(
      'SELECT tree_size::int AS tree_size, root_hash FROM ledger_seals ORDER BY tree_size',
    );
    const batches = Array.from({ length: Math.ceil(events / 37) }, (_, i) => Math.min(37 * (i + 1), events));
    expect(seals.rows.map((seal) => seal.tree_size)).toEqual(batches);
    for (const seal of seals.rows) expect(toHex(seal.root_hash)).toBe(toHex(rootFromLeafHashes(leaves.slice(0, seal.tree_size))));

    const nodes = new PostgresNodeSource(db.pool);
    for (let size = 0; size <= events; size += size < 70 ? 1 : 13) {
      expect(toHex(await treeRoot(size, nodes))).toBe(toHex(rootFromLeafHashes(leaves.slice(0, size))));
    }
    expect(await sealer.sealPending()).toBe(0);
  }, 60_000);

  it('given more events and two sealers racing, then each event is sealed exactly once, in order', async () => {
    const more = await givenCases(store, 5, 8);
    const [a, b] = [new LedgerSealer(db.pool, store, { batchSize: 7 }), new LedgerSealer(db.pool, store, { batchSize: 5 })];
    const [sealedByA, sealedByB] = await Promise.all([a.sealPending(), b.sealPending()]);
    expect(sealedByA + sealedByB).toBe(more);
    events += more;

    const log = await wholeLog(store);
    const { rows } = await db.pool.query<{ event_id: string }>('SELECT event_id FROM ledger_leaves ORDER BY leaf_index');
    expect(rows.map((row) => row.event_id)).toEqual(log.map((event) => event.eventId));
    expect(toHex((await a.sealedTree()).rootHash)).toBe(toHex(rootFromLeafHashes(await referenceLeaves())));
  }, 60_000);

  it('given the sealed tree, then inclusion and consistency proofs from the stored nodes verify against the reference roots', async () => {
    const proofs = new LedgerProofs(db.pool, store);
    const size = await proofs.sealedSize();
    expect(size).toBe(events);
    const log = await wholeLog(store);
    const leaves = await referenceLeaves();
    const root = (n: number) => rootFromLeafHashes(leaves.slice(0, n));

    for (const treeSize of [1, 2, 3, 7, 37, 64, 65, 100, size - 1, size]) {
      for (const index of new Set([0, 1, Math.floor(treeSize / 2), treeSize - 2, treeSize - 1].filter((i) => i >= 0 && i < treeSize))) {
        const proof = await proofs.inclusion(log[index]!.eventId, treeSize);
        expect(proof.leafIndex).toBe(index);
        expect(toHex(leafHash(proof.entry))).toBe(toHex(proof.leafHash));
        expect(opensCommitment(openLedgerEntry(proof.entry), proof.privatePart, proof.salt)).toBe(true);
        expect(verifyInclusion(proof.leafHash, index, treeSize, proof.auditPath, root(treeSize))).toBe(true);
      }
    }
    for (const [from, to] of [[0, size], [1, 2], [3, 7], [37, 74], [64, 128], [100, size], [size, size], [size - 1, size]] as const) {
      const { proof } = await proofs.consistency(from, to);
      expect(verifyConsistency(from, to, root(from), root(to), proof)).toBe(true);
    }
  }, 60_000);

  it('given an event, a tree that does not contain it or is not sealed yet, then the proof is refused by name', async () => {
    const proofs = new LedgerProofs(db.pool, store);
    const log = await wholeLog(store);
    await expect(proofs.inclusion(log[50]!.eventId, 50)).rejects.toBeInstanceOf(EventNotSealedError);
    await expect(proofs.inclusion(log[50]!.eventId, events + 1)).rejects.toBeInstanceOf(TreeSizeNotSealedError);
    await expect(proofs.inclusion('00000000-0000-4000-8000-000000000000', events)).rejects.toBeInstanceOf(EventNotSealedError);
    await expect(proofs.consistency(1, events + 1)).rejects.toBeInstanceOf(TreeSizeNotSealedError);
  });

  it('given a proof of a large tree, then the node table answers it in one query', async () => {
    const query = jest.spyOn(db.pool, 'query');
    try {
      const nodes = new PostgresNodeSource(db.pool);
      await inclusionProof(5, events, nodes);
      await treeRoot(events - 3, nodes);
      expect(query).toHaveBeenCalledTimes(2);
    } finally {
      query.mockRestore();
    }
  });

  it('given a running sealer that polls rarely, when woken after an append, then the new events are sealed at once', async () => {
    const sealer = new LedgerSealer(db.pool, store, { idleMs: 600_000 });
    sealer.start();
    try {
      events += await givenCases(store, 1, 9);
      sealer.wake();
      await eventually(async () => (await sealedSize(db.pool)) === events);
    } finally {
      await sealer.stop();
    }
  }, 30_000);
});

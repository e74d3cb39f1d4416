import type { Pool } from 'pg';
import { advanced, CAUGHT_UP, inTransaction, RACED, type BatchOutcome } from '@casetrail/database';
import { encodeGlobalPosition, type EventStore, type RecordedEvent } from '@casetrail/event-store';
import { toHex } from '../encoding';
import { ledgerLeaf, type LedgerLeaf } from '../leaf/ledger-leaf';
import { newLeafSalt } from '../leaf/private-part';
import type { StoredNode } from '../merkle/frontier';
import { insertNodes } from './node-table';
import { readSealedTree, sealedSize } from './sealed-tree';

/** Serialises every sealer of the database, in any process. */
export const SEAL_LOCK = 'casetrail.ledger.seal';

/** How an event becomes its leaf: `ledgerLeaf` with a fresh random salt (tests may forge a leaf here). */
export type LeafSealing = (event: RecordedEvent) => LedgerLeaf;

const sealWithFreshSalt: LeafSealing = (event) => ledgerLeaf(event, newLeafSalt());

/**
 * Seals the next page of events after the last sealed one: their leaves (entry, salt and hash), the
 * subtree nodes they complete and the new frontier, in one transaction. Events are read and hashed
 * before the transaction opens (the embedded database serves one transaction at a time); the sealed
 * size is then re-checked under the lock, so two sealers never seal the same events. Answers how many
 * events were sealed, that it is caught up, or that another sealer got there first.
 */
export async function sealNextBatch(
  pool: Pool,
  store: EventStore,
  limit: number,
  seal: LeafSealing = sealWithFreshSalt,
): Promise<BatchOutcome> {
  const before = await readSealedTree(pool);
  const events = await store.readAll({ after: before.lastPosition, limit });
  if (events.length === 0) return CAUGHT_UP;
  const frontier = before.frontier.clone();
  const leaves = events.map(seal);
  const nodes: StoredNode[] = [];
  for (const leaf of leaves) nodes.push(...frontier.append(leaf.leafHash));
  const last = events[events.length - 1]!;
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEAL_LOCK]);
    if ((await sealedSize(client)) !== before.size) return RACED;
    await client.query(
      `INSERT INTO ledger_leaves (leaf_index, event_id, leaf_hash, salt, entry)
       SELECT leaf_index, event_id, decode(hash, 'hex'), decode(salt, 'hex'), decode(entry, 'hex')
         FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS l(leaf_index, event_id, hash, salt, entry)`,
      [
        leaves.map((_, i) => String(before.size + i)),
        events.map((event) => event.eventId),
        leaves.map((leaf) => toHex(leaf.leafHash)),
        leaves.map((leaf) => toHex(leaf.salt)),
        leaves.map((leaf) => toHex(leaf.entry)),
      ],
    );
    await insertNodes(client, nodes);
    await client.query(
      `INSERT INTO ledger_seals (tree_size, last_position, root_hash, frontier) VALUES ($1, $2, decode($3, 'hex'), $4::jsonb)`,
      [String(frontier.size), encodeGlobalPosition(last.globalPosition), toHex(frontier.root()), JSON.stringify(frontier.toJSON())],
    );
    return advanced(events.length);
  });
}

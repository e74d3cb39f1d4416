import type { Pool } from 'pg';
import { advanced, CAUGHT_UP, inTransaction, RACED, type BatchOutcome } from '@casetrail/database';
import { encodeGlobalPosition, type EventStore } from '@casetrail/event-store';
import { toHex } from '../encoding';
import type { StoredNode } from '../merkle/frontier';
import { leafHash } from '../merkle/hashing';
import { ledgerEntry } from './ledger-entry';
import { insertNodes } from './node-table';
import { readSealedTree, sealedSize } from './sealed-tree';

/** Serialises every sealer of the database, in any process. */
export const SEAL_LOCK = 'casetrail.ledger.seal';

interface Leaf {
  readonly leafIndex: number;
  readonly eventId: string;
  readonly hash: Uint8Array;
}

/**
 * Seals the next page of events after the last sealed one: their leaves, the subtree nodes they
 * complete and the new frontier, in one transaction. Events are read and hashed before the
 * transaction opens (the embedded database serves one transaction at a time); the sealed size is
 * then re-checked under the lock, so two sealers never seal the same events. Answers how many
 * events were sealed, that it is caught up, or that another sealer got there first.
 */
export async function sealNextBatch(pool: Pool, store: EventStore, limit: number): Promise<BatchOutcome> {
  const before = await readSealedTree(pool);
  const events = await store.readAll({ after: before.lastPosition, limit });
  if (events.length === 0) return CAUGHT_UP;
  const frontier = before.frontier.clone();
  const leaves: Leaf[] = [];
  const nodes: StoredNode[] = [];
  for (const event of events) {
    const hash = leafHash(ledgerEntry(event));
    leaves.push({ leafIndex: frontier.size, eventId: event.eventId, hash });
    nodes.push(...frontier.append(hash));
  }
  const last = events[events.length - 1]!;
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SEAL_LOCK]);
    if ((await sealedSize(client)) !== before.size) return RACED;
    await client.query(
      `INSERT INTO ledger_leaves (leaf_index, event_id, leaf_hash)
       SELECT leaf_index, event_id, decode(hash, 'hex') FROM unnest($1::bigint[], $2::uuid[], $3::text[]) AS l(leaf_index, event_id, hash)`,
      [leaves.map((l) => String(l.leafIndex)), leaves.map((l) => l.eventId), leaves.map((l) => toHex(l.hash))],
    );
    await insertNodes(client, nodes);
    await client.query(
      `INSERT INTO ledger_seals (tree_size, last_position, root_hash, frontier) VALUES ($1, $2, decode($3, 'hex'), $4::jsonb)`,
      [String(frontier.size), encodeGlobalPosition(last.globalPosition), toHex(frontier.root()), JSON.stringify(frontier.toJSON())],
    );
    return advanced(events.length);
  });
}

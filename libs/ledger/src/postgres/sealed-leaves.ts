import type { Queryable } from './queryable';

/** What the sealer stored for one leaf: used to name events and explain failures, never to compute roots. */
export interface SealedLeaf {
  readonly leafIndex: number;
  readonly eventId: string;
  readonly hash: Uint8Array;
  /** The salt of the leaf's private commitment: an auditor needs it to recompute the leaf from its event. */
  readonly salt: Uint8Array;
  /** The entry the sealer hashed. */
  readonly entry: Uint8Array;
}

interface LeafRow {
  leaf_index: string;
  event_id: string;
  leaf_hash: Buffer;
  salt: Buffer;
  entry: Buffer;
}

const COLUMNS = 'leaf_index::text AS leaf_index, event_id, leaf_hash, salt, entry';

function leafOf(row: LeafRow): SealedLeaf {
  return {
    leafIndex: Number(row.leaf_index),
    eventId: row.event_id,
    hash: new Uint8Array(row.leaf_hash),
    salt: new Uint8Array(row.salt),
    entry: new Uint8Array(row.entry),
  };
}

/** The stored leaves [from, to), by leaf index. */
export async function readSealedLeaves(db: Queryable, from: number, to: number): Promise<Map<number, SealedLeaf>> {
  const { rows } = await db.query<LeafRow>(
    `SELECT ${COLUMNS} FROM ledger_leaves WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY ledger_leaves.leaf_index`,
    [String(from), String(to)],
  );
  return new Map(rows.map((row) => [Number(row.leaf_index), leafOf(row)]));
}

/** The stored leaf of one event, or null when it is not sealed. */
export async function readSealedLeafOf(db: Queryable, eventId: string): Promise<SealedLeaf | null> {
  const { rows } = await db.query<LeafRow>(`SELECT ${COLUMNS} FROM ledger_leaves WHERE event_id = $1`, [eventId]);
  return rows[0] ? leafOf(rows[0]) : null;
}

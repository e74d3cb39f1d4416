import type { Pool } from 'pg';
import type { District } from '@casetrail/domain';

/** A signed checkpoint of the ledger as a report names it. */
export interface CheckpointRef {
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
}

/**
 * The first checkpoint signed with this key whose tree holds every event the report counts (those recorded
 * by `knownAt`, in `district`): the same answer gives the same checkpoint however far the ledger has grown
 * since. Null while some counted event is not yet sealed, or no checkpoint that large has been signed.
 */
export async function reportCheckpoint(
  pool: Pool,
  question: { readonly knownAt: string; readonly district: District | null; readonly keyName: string; readonly keyId: string },
): Promise<CheckpointRef | null> {
  const { rows } = await pool.query<{ treeSize: string; rootHash: Buffer }>(
    `WITH counted AS (
       SELECT l.leaf_index FROM rm_government_action_events e LEFT JOIN ledger_leaves l ON l.event_id = e.event_id
       WHERE e.recorded_at <= $1::timestamptz AND ($2::text IS NULL OR e.district = $2)
     ), needed AS (
       SELECT coalesce(bool_or(leaf_index IS NULL), false) AS unsealed, coalesce(max(leaf_index) + 1, 1) AS size FROM counted
     )
     SELECT c.tree_size AS "treeSize", c.root_hash AS "rootHash" FROM ledger_checkpoints c, needed
     WHERE NOT needed.unsealed AND c.tree_size >= needed.size AND c.key_name = $3 AND c.key_id = $4
     ORDER BY c.tree_size, c.id LIMIT 1`,
    [question.knownAt, question.district, question.keyName, question.keyId],
  );
  const [row] = rows;
  return row ? { treeSize: Number(row.treeSize), rootHash: new Uint8Array(row.rootHash) } : null;
}

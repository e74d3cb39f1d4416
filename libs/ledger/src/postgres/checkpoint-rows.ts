import type { Queryable } from './queryable';

/** A signed checkpoint as stored: the tree head, the signed note, who signed it and when. */
export interface StoredCheckpoint {
  readonly id: number;
  readonly treeSize: number;
  readonly rootHash: Uint8Array;
  /** The C2SP signed note: checkpoint text, blank line, signature lines. */
  readonly note: string;
  readonly keyName: string;
  readonly keyId: string;
  /** ISO 8601, UTC. */
  readonly signedAt: string;
}

interface CheckpointRow {
  id: string;
  tree_size: string;
  root_hash: Buffer;
  note: string;
  key_name: string;
  key_id: string;
  signed_at: Date;
}

const COLUMNS = 'id::text AS id, tree_size::text AS tree_size, root_hash, note, key_name, key_id, signed_at';

const toCheckpoint = (row: CheckpointRow): StoredCheckpoint => ({
  id: Number(row.id),
  treeSize: Number(row.tree_size),
  rootHash: new Uint8Array(row.root_hash),
  note: row.note,
  keyName: row.key_name,
  keyId: row.key_id,
  signedAt: row.signed_at.toISOString(),
});

/** The checkpoint signed last, or null before the first. */
export async function latestCheckpoint(db: Queryable): Promise<StoredCheckpoint | null> {
  const { rows } = await db.query<CheckpointRow>(`SELECT ${COLUMNS} FROM ledger_checkpoints ORDER BY ledger_checkpoints.id DESC LIMIT 1`);
  return rows[0] ? toCheckpoint(rows[0]) : null;
}

/** Every checkpoint, in the order they were signed. */
export async function allCheckpoints(db: Queryable): Promise<StoredCheckpoint[]> {
  const { rows } = await db.query<CheckpointRow>(`SELECT ${COLUMNS} FROM ledger_checkpoints ORDER BY ledger_checkpoints.id`);
  return rows.map(toCheckpoint);
}

export async function insertCheckpoint(db: Queryable, checkpoint: Omit<StoredCheckpoint, 'id'>): Promise<StoredCheckpoint> {
  const { rows } = await db.query<CheckpointRow>(
    `INSERT INTO ledger_checkpoints (tree_size, root_hash, note, key_name, key_id, signed_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [String(checkpoint.treeSize), Buffer.from(checkpoint.rootHash), checkpoint.note, checkpoint.keyName, checkpoint.keyId, checkpoint.signedAt],
  );
  return toCheckpoint(rows[0]!);
}

export interface CheckpointPageQuery {
  /** Only checkpoints of at least this tree size. */
  readonly fromSize: number;
  /** Only checkpoints signed after this one (by id), for the next page. */
  readonly afterId: number;
  /** Only checkpoints up to this id: the newest when the walk began, so a walk is the list as it stood then. */
  readonly upToId: number;
  readonly limit: number;
}

/** Checkpoints in the order they were signed (oldest first), one page of them. */
export async function checkpointPage(db: Queryable, query: CheckpointPageQuery): Promise<StoredCheckpoint[]> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT ${COLUMNS} FROM ledger_checkpoints WHERE tree_size >= $1 AND id > $2 AND id <= $3 ORDER BY id LIMIT $4`,
    [String(query.fromSize), String(query.afterId), String(query.upToId), query.limit],
  );
  return rows.map(toCheckpoint);
}

/** The id of the checkpoint signed last (0 before the first). */
export async function lastCheckpointId(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ id: string | null }>('SELECT max(id)::text AS id FROM ledger_checkpoints');
  return Number(rows[0]?.id ?? 0);
}

import type { Queryable } from './queryable';

/** A witness's cosignature of a stored checkpoint. */
export interface StoredCosignature {
  readonly checkpointId: number;
  /** The witness (cosigner) key's name. */
  readonly name: string;
  readonly keyId: string;
  /** When the witness cosigned (its timestamp, whole seconds), ISO 8601 UTC. */
  readonly cosignedAt: string;
  /** The signature line as the witness sent it: `— <name> <base64>` and a newline. */
  readonly line: string;
}

interface CosignatureRow {
  checkpoint_id: string;
  cosigner_name: string;
  key_id: string;
  cosigned_at: Date;
  line: string;
}

const toCosignature = (row: CosignatureRow): StoredCosignature => ({
  checkpointId: Number(row.checkpoint_id),
  name: row.cosigner_name,
  keyId: row.key_id,
  cosignedAt: row.cosigned_at.toISOString(),
  line: row.line,
});

/** Keeps a cosignature; a second one by the same key for the same checkpoint is ignored (the first stays). */
export async function insertCosignature(db: Queryable, cosignature: StoredCosignature): Promise<void> {
  await db.query(
    `INSERT INTO ledger_cosignatures (checkpoint_id, cosigner_name, key_id, cosigned_at, line)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [String(cosignature.checkpointId), cosignature.name, cosignature.keyId, cosignature.cosignedAt, cosignature.line],
  );
}

/** The cosignatures of these checkpoints, by checkpoint id, each list in the order received. */
export async function cosignaturesOf(db: Queryable, checkpointIds: readonly number[]): Promise<Map<number, StoredCosignature[]>> {
  const byCheckpoint = new Map<number, StoredCosignature[]>(checkpointIds.map((id) => [id, []]));
  if (checkpointIds.length === 0) return byCheckpoint;
  const { rows } = await db.query<CosignatureRow>(
    `SELECT checkpoint_id::text AS checkpoint_id, cosigner_name, key_id, cosigned_at, line FROM ledger_cosignatures
     WHERE checkpoint_id = ANY($1::bigint[]) ORDER BY received_at, cosigner_name, key_id`,
    [checkpointIds.map(String)],
  );
  for (const row of rows.map(toCosignature)) byCheckpoint.get(row.checkpointId)?.push(row);
  return byCheckpoint;
}

/** The largest tree this witness key cosigned (0 when none): where its record of the log stands, as far as we know. */
export async function lastCosignedSize(db: Queryable, name: string, keyId: string): Promise<number> {
  const { rows } = await db.query<{ size: string | null }>(
    `SELECT max(c.tree_size)::text AS size FROM ledger_cosignatures s JOIN ledger_checkpoints c ON c.id = s.checkpoint_id
     WHERE s.cosigner_name = $1 AND s.key_id = $2`,
    [name, keyId],
  );
  return Number(rows[0]?.size ?? 0);
}

/** Whether this witness key cosigned this checkpoint. */
export async function isCosignedBy(db: Queryable, checkpointId: number, name: string, keyId: string): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT 1 FROM ledger_cosignatures WHERE checkpoint_id = $1 AND cosigner_name = $2 AND key_id = $3',
    [String(checkpointId), name, keyId],
  );
  return rows.length > 0;
}

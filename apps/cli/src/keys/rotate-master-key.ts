import type { Pool } from 'pg';
import { inTransaction } from '@casetrail/database';
import { rewrapDataKey } from '@casetrail/personal-data';
import { masterKeyId } from '@casetrail/personal-data';

export interface RotationProgress {
  /** Data keys re-wrapped so far by this run. */
  readonly rewrapped: number;
  /** Data keys under the old master key when this run started (more if the service wrote some since). */
  readonly total: number;
}

export interface RotationResult {
  readonly oldKeyId: string;
  readonly newKeyId: string;
  readonly rewrapped: number;
  /** Under the new master key already: re-wrapped by an earlier, interrupted run, or written by the service since. */
  readonly alreadyUnderNewKey: number;
  /** Erased people: no data key left to re-wrap. */
  readonly erased: number;
  /** Data keys under some third master key, by its id: left as they are, since neither key opens them. */
  readonly underOtherKeys: Readonly<Record<string, number>>;
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * Re-wraps every person's data key from `oldKey` under `newKey`, a batch per transaction, and records the
 * new `master_key_id`. The events, and the personal data sealed in them, are not touched: only the small
 * wrapped keys in `subject_keys` change. Safe to run again after an interruption (what is done stays done),
 * and beside a running service (rows are locked while re-wrapped; an erasure waits for the batch).
 */
export async function rotateMasterKey(
  pool: Pool,
  oldKey: Buffer,
  newKey: Buffer,
  onProgress: (progress: RotationProgress) => void = () => undefined,
  options: { batchSize?: number } = {},
): Promise<RotationResult> {
  if (oldKey.length !== 32 || newKey.length !== 32) throw new Error('a master key is 32 bytes');
  const oldKeyId = masterKeyId(oldKey);
  const newKeyId = masterKeyId(newKey);
  if (oldKeyId === newKeyId) throw new Error('the new master key is the old one');
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  const total = await countUnder(pool, oldKeyId);
  let rewrapped = 0;
  for (;;) {
    const done = await rewrapBatch(pool, { oldKey, newKey, oldKeyId, newKeyId, batchSize });
    // A batch can come back empty while rows remain, when a concurrent run re-wrapped the ones it waited for.
    if (done === 0 && (await countUnder(pool, oldKeyId)) === 0) break;
    rewrapped += done;
    if (done > 0) onProgress({ rewrapped, total: Math.max(total, rewrapped) });
  }
  return { oldKeyId, newKeyId, rewrapped, ...(await census(pool, oldKeyId, newKeyId, rewrapped)) };
}

async function countUnder(pool: Pool, keyId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM subject_keys WHERE master_key_id = $1 AND wrapped_key IS NOT NULL',
    [keyId],
  );
  return rows[0]?.n ?? 0;
}

async function rewrapBatch(
  pool: Pool,
  batch: { oldKey: Buffer; newKey: Buffer; oldKeyId: string; newKeyId: string; batchSize: number },
): Promise<number> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ subject_ref: string; wrapped_key: Buffer }>(
      `SELECT subject_ref, wrapped_key FROM subject_keys
       WHERE master_key_id = $1 AND wrapped_key IS NOT NULL
       ORDER BY subject_ref LIMIT $2 FOR UPDATE`,
      [batch.oldKeyId, batch.batchSize],
    );
    for (const row of rows) {
      let rewrapped: Buffer;
      try {
        rewrapped = rewrapDataKey(batch.oldKey, batch.newKey, row.wrapped_key, row.subject_ref);
      } catch {
        throw new Error(`the data key of ${row.subject_ref} does not open with the old master key; nothing of this batch was changed`);
      }
      await client.query('UPDATE subject_keys SET wrapped_key = $2, master_key_id = $3 WHERE subject_ref = $1', [
        row.subject_ref, rewrapped, batch.newKeyId,
      ]);
    }
    return rows.length;
  });
}

async function census(
  pool: Pool,
  oldKeyId: string,
  newKeyId: string,
  rewrapped: number,
): Promise<Pick<RotationResult, 'alreadyUnderNewKey' | 'erased' | 'underOtherKeys'>> {
  const { rows } = await pool.query<{ master_key_id: string | null; n: number }>(
    `SELECT CASE WHEN wrapped_key IS NULL THEN NULL ELSE master_key_id END AS master_key_id, count(*)::int AS n
     FROM subject_keys GROUP BY 1`,
  );
  const underOtherKeys: Record<string, number> = {};
  let erased = 0;
  let underNew = 0;
  for (const row of rows) {
    if (row.master_key_id === null) erased = row.n;
    else if (row.master_key_id === newKeyId) underNew = row.n;
    else if (row.master_key_id !== oldKeyId) underOtherKeys[row.master_key_id] = row.n;
  }
  return { alreadyUnderNewKey: Math.max(0, underNew - rewrapped), erased, underOtherKeys };
}

import type { Pool } from 'pg';

/** What an erasure's answer says of the keys that could still open the person in older copies. */
export interface ErasureHold {
  /** The epoch whose key file was destroyed after the erasure; null while that is still to happen. */
  readonly retiredEpoch: string | null;
  /** When it was destroyed, or by when it will be (erasure time + the bound) while the service runs. */
  readonly keysRetiredBy: string | null;
}

/** Where an erased person's last key image stands: its epoch retired, or by when it will be. */
export async function erasureHold(pool: Pool, subjectRef: string, boundMs: number): Promise<ErasureHold | null> {
  const { rows } = await pool.query<{ epoch_id: string | null; state: string | null; retired_at: Date | null; erased_at: Date | null }>(
    `SELECT k.epoch_id, e.state, e.retired_at, k.erased_at FROM subject_keys k LEFT JOIN key_epochs e USING (epoch_id)
     WHERE k.subject_ref = $1`,
    [subjectRef],
  );
  const row = rows[0];
  if (!row?.erased_at) return null;
  if (row.state === 'retired') return { retiredEpoch: row.epoch_id, keysRetiredBy: row.retired_at!.toISOString() };
  // A key erased before epochs existed is held only by rotating the master key (docs/deployment.md).
  if (row.epoch_id === null) return { retiredEpoch: null, keysRetiredBy: null };
  return { retiredEpoch: null, keysRetiredBy: new Date(row.erased_at.getTime() + boundMs).toISOString() };
}

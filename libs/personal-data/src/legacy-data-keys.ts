import type { Pool } from 'pg';
import { inTransaction } from '@casetrail/database';
import { lockActiveEpoch } from './active-epoch';
import { rewrapDataKey } from './data-key-wrapping';
import type { EpochKeys } from './epoch-keys';
import type { KeyEncryptionKeys } from './key-encryption-keys';

export interface LegacyConversion {
  /** Data keys moved from the master key into the active epoch. */
  readonly moved: number;
  /** Data keys under a master key this process was not given, by its id: left as they are. */
  readonly unopened: Readonly<Record<string, number>>;
}

/**
 * Data keys written before epochs were wrapped by the master key itself (`epoch_id` NULL): each is moved
 * into the active epoch, a batch per transaction. Resumable; those under a master key not given stay.
 */
export async function convertLegacyDataKeys(pool: Pool, keks: KeyEncryptionKeys, epochKeys: EpochKeys, batchSize = 500): Promise<LegacyConversion> {
  const opened = [keks.id, keks.previousId].filter((id): id is string => id !== null);
  let moved = 0;
  for (;;) {
    const done = await inTransaction(pool, async (client) => {
      const to = await lockActiveEpoch(client);
      const { rows } = await client.query<{ subject_ref: string; wrapped_key: Buffer; master_key_id: string }>(
        `SELECT subject_ref, wrapped_key, master_key_id FROM subject_keys
         WHERE epoch_id IS NULL AND wrapped_key IS NOT NULL AND master_key_id = ANY($1::text[])
         ORDER BY subject_ref LIMIT $2 FOR UPDATE`,
        [opened, batchSize],
      );
      if (rows.length === 0) return 0;
      const lookup = epochKeys.get(to);
      if (!lookup.found) throw new Error(`the active epoch ${to} cannot be opened: ${lookup.reason}`);
      for (const row of rows) {
        const wrapped = rewrapDataKey(keks.byId(row.master_key_id)!, lookup.key, row.wrapped_key, row.subject_ref);
        await client.query('UPDATE subject_keys SET wrapped_key = $2, epoch_id = $3, master_key_id = NULL WHERE subject_ref = $1', [
          row.subject_ref, wrapped, to,
        ]);
      }
      return rows.length;
    });
    if (done === 0) break;
    moved += done;
  }
  const { rows } = await pool.query<{ master_key_id: string; n: number }>(
    `SELECT master_key_id, count(*)::int AS n FROM subject_keys WHERE epoch_id IS NULL AND wrapped_key IS NOT NULL GROUP BY 1`,
  );
  return { moved, unopened: Object.fromEntries(rows.map((row) => [row.master_key_id, row.n])) };
}

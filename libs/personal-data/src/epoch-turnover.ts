import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '@casetrail/database';
import { EPOCH_CREATION_LOCK, lockActiveEpoch } from './active-epoch';
import { rewrapDataKey } from './data-key-wrapping';
import type { EpochKeys } from './epoch-keys';

export interface TurnoverResult {
  /** The epoch opened because an erasure was not held yet, or null. */
  readonly opened: string | null;
  /** Epochs whose key files this run destroyed, every data key they wrapped moved to the active epoch first. */
  readonly retired: readonly string[];
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * Erasure that holds on disk: once a person's data key is destroyed, an old image of its row may still be
 * in the heap, the WAL or a backup, wrapped by the epoch it was under. A turnover opens a new epoch, moves
 * every remaining data key into it (a batch per transaction) and then destroys the old epoch's key file, so
 * that no copy taken before can open the erased person. Each step is idempotent: an interrupted turnover
 * is finished by the next run, in this process or another.
 */
export class EpochTurnover {
  constructor(
    private readonly pool: Pool,
    private readonly epochKeys: EpochKeys,
    private readonly batchSize = DEFAULT_BATCH_SIZE,
  ) {}

  /** At start: the active epoch, created (file first, then row) when the database has none yet. */
  ensureActiveEpoch(): Promise<string> {
    return inTransaction(this.pool, async (client) => {
      await client.query(EPOCH_CREATION_LOCK);
      const { rows } = await client.query<{ epoch_id: string }>(`SELECT epoch_id FROM key_epochs WHERE state = 'active'`);
      if (rows[0]) return rows[0].epoch_id;
      return this.openEpoch(client);
    });
  }

  /** Opens a new epoch if the active one holds an erased key, then retires every retiring epoch. */
  async run(): Promise<TurnoverResult> {
    const opened = await this.openNextEpochIfErased();
    const retiring = await this.pool.query<{ epoch_id: string }>(
      `SELECT epoch_id FROM key_epochs WHERE state = 'retiring' ORDER BY created_at`,
    );
    const retired: string[] = [];
    for (const { epoch_id } of retiring.rows) {
      await this.retire(epoch_id);
      retired.push(epoch_id);
    }
    return { opened, retired };
  }

  private openNextEpochIfErased(): Promise<string | null> {
    return inTransaction(this.pool, async (client) => {
      await client.query(EPOCH_CREATION_LOCK);
      // Exclusively: waits for every transaction still writing a data key under it.
      const { rows } = await client.query<{ epoch_id: string }>(`SELECT epoch_id FROM key_epochs WHERE state = 'active' FOR UPDATE`);
      const active = rows[0]?.epoch_id;
      if (!active) return null;
      const erased = await client.query('SELECT 1 FROM subject_keys WHERE epoch_id = $1 AND wrapped_key IS NULL LIMIT 1', [active]);
      if (erased.rows.length === 0) return null;
      await client.query(`UPDATE key_epochs SET state = 'retiring' WHERE epoch_id = $1`, [active]);
      return this.openEpoch(client);
    });
  }

  /** The key file is written (and synced) before the row that makes the epoch active commits. */
  private async openEpoch(client: PoolClient): Promise<string> {
    const epochId = this.epochKeys.create();
    await client.query(`INSERT INTO key_epochs (epoch_id, state) VALUES ($1, 'active')`, [epochId]);
    return epochId;
  }

  private async retire(epochId: string): Promise<void> {
    for (;;) {
      const moved = await this.moveBatch(epochId);
      // An empty batch while keys remain: another runner holds them, and moves them; look again.
      if (moved === 0 && (await this.liveKeysUnder(epochId)) === 0) break;
    }
    this.epochKeys.destroy(epochId);
    await this.pool.query(`UPDATE key_epochs SET state = 'retired', retired_at = now() WHERE epoch_id = $1 AND state = 'retiring'`, [epochId]);
  }

  private moveBatch(from: string): Promise<number> {
    return inTransaction(this.pool, async (client) => {
      const to = await lockActiveEpoch(client);
      const { rows } = await client.query<{ subject_ref: string; wrapped_key: Buffer }>(
        `SELECT subject_ref, wrapped_key FROM subject_keys WHERE epoch_id = $1 AND wrapped_key IS NOT NULL
         ORDER BY subject_ref LIMIT $2 FOR UPDATE`,
        [from, this.batchSize],
      );
      if (rows.length === 0) return 0;
      const fromKey = this.keyOf(from);
      const toKey = this.keyOf(to);
      const rewrapped = rows.map((row) => rewrapDataKey(fromKey, toKey, row.wrapped_key, row.subject_ref));
      await client.query(
        `UPDATE subject_keys k SET wrapped_key = v.wrapped_key, epoch_id = $3
         FROM unnest($1::text[], $2::bytea[]) AS v(subject_ref, wrapped_key) WHERE k.subject_ref = v.subject_ref`,
        [rows.map((row) => row.subject_ref), rewrapped, to],
      );
      return rows.length;
    });
  }

  private async liveKeysUnder(epochId: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM subject_keys WHERE epoch_id = $1 AND wrapped_key IS NOT NULL',
      [epochId],
    );
    return rows[0]!.n;
  }

  private keyOf(epochId: string): Buffer {
    const lookup = this.epochKeys.get(epochId);
    if (!lookup.found) throw new Error(`cannot move data keys out of epoch ${epochId}: ${lookup.reason}`);
    return lookup.key;
  }
}

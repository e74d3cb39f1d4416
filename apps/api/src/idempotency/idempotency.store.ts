import { Inject, Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { Database } from '@casetrail/database';
import { DATABASE } from '../config/tokens';
import { IdempotencyKeyReused } from './idempotency-refusals';

export { requestHash } from './request-hash';

export interface IdempotencyClaim {
  readonly userId: string;
  readonly key: string;
  readonly requestHash: string;
}

/** A key as stored: not yet seen, reserved by a request still being decided, or answered. */
export type IdempotencyState =
  | { readonly kind: 'unused' }
  | { readonly kind: 'reserved' }
  | { readonly kind: 'answered'; readonly statusCode: number; readonly body: Record<string, unknown> };

/** A reservation nobody completed for this long belonged to a request that died: another may take it. */
const ABANDONED_AFTER = "interval '60 seconds'";

/**
 * Idempotency keys, kept durably: reserved before a command is decided (so two requests with one key
 * decide once), answered with the command's events (or released when it fails).
 */
@Injectable()
export class IdempotencyStore {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** The key's state; a key used before for another request is refused. */
  async find(claim: IdempotencyClaim): Promise<IdempotencyState> {
    const { rows } = await this.database.pool.query<{ request_hash: string; status_code: number | null; body: string | null }>(
      'SELECT request_hash, status_code, body FROM idempotency_keys WHERE user_id = $1 AND idempotency_key = $2',
      [claim.userId, claim.key],
    );
    const row = rows[0];
    if (!row) return { kind: 'unused' };
    if (row.request_hash !== claim.requestHash) throw new IdempotencyKeyReused();
    if (row.status_code === null || row.body === null) return { kind: 'reserved' };
    return { kind: 'answered', statusCode: row.status_code, body: JSON.parse(row.body) as Record<string, unknown> };
  }

  /** Reserves the key for this request; false when another request holds it (an abandoned reservation is taken over). */
  async reserve(claim: IdempotencyClaim): Promise<boolean> {
    const { rowCount } = await this.database.pool.query(
      `INSERT INTO idempotency_keys (user_id, idempotency_key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, idempotency_key) DO UPDATE SET created_at = now()
         WHERE idempotency_keys.body IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
           AND idempotency_keys.created_at < now() - ${ABANDONED_AFTER}`,
      [claim.userId, claim.key, claim.requestHash],
    );
    return rowCount === 1;
  }

  /** Records the answer on the reserved key, beside the command's events. */
  async answer(client: PoolClient, claim: IdempotencyClaim, statusCode: number, body: object): Promise<void> {
    const { rowCount } = await client.query(
      `UPDATE idempotency_keys SET status_code = $4, body = $5
       WHERE user_id = $1 AND idempotency_key = $2 AND request_hash = $3 AND body IS NULL`,
      [claim.userId, claim.key, claim.requestHash, statusCode, JSON.stringify(body)],
    );
    if (rowCount !== 1) throw new Error('the idempotency key is no longer reserved for this request');
  }

  /** Frees a reservation whose command failed, so a retry decides anew. */
  async release(claim: IdempotencyClaim): Promise<void> {
    await this.database.pool.query(
      'DELETE FROM idempotency_keys WHERE user_id = $1 AND idempotency_key = $2 AND request_hash = $3 AND body IS NULL',
      [claim.userId, claim.key, claim.requestHash],
    );
  }
}

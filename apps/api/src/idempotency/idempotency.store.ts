import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Database } from '@casetrail/database';
import { DATABASE } from '../config/tokens';

/** The first answer given to an Idempotency-Key, kept durably. */
export interface IdempotentAnswer {
  readonly requestHash: string;
  readonly statusCode: number;
  readonly body: Record<string, unknown>;
}

export interface IdempotencyClaim {
  readonly userId: string;
  readonly key: string;
  readonly requestHash: string;
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** What makes two requests "the same": method, path and body, whatever the key order of the body. */
export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(stable(body ?? null))}`)
    .digest('hex');
}

@Injectable()
export class IdempotencyStore {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async find(userId: string, key: string): Promise<IdempotentAnswer | null> {
    const { rows } = await this.database.pool.query<{ request_hash: string; status_code: number; body: string }>(
      'SELECT request_hash, status_code, body FROM idempotency_keys WHERE user_id = $1 AND idempotency_key = $2',
      [userId, key],
    );
    const row = rows[0];
    return row ? { requestHash: row.request_hash, statusCode: row.status_code, body: JSON.parse(row.body) } : null;
  }

  /** Written in the command's transaction, after its events: a concurrent twin fails on the key and stores nothing. */
  async record(client: PoolClient, claim: IdempotencyClaim, statusCode: number, body: object): Promise<void> {
    await client.query(
      `INSERT INTO idempotency_keys (user_id, idempotency_key, request_hash, status_code, body)
       VALUES ($1, $2, $3, $4, $5)`,
      [claim.userId, claim.key, claim.requestHash, statusCode, JSON.stringify(body)],
    );
  }
}

import { randomUUID } from 'node:crypto';
import type { Database } from '@casetrail/database';
import type { District, Role } from '@casetrail/domain';
import type { EventStore, RecordedEvent } from '@casetrail/event-store';
import { generateToken, hashToken } from './token';
import type { User, UserRecord } from './user';
import { recordUserChange, type UserChange } from './user-changes';
import { actorOf, SYSTEM_ACTOR, userCreated, userRevoked } from './user-events';

/** The time a user change is stamped with (the service passes its injected clock). */
export interface UsersClock {
  now(): Date;
}

const systemClock: UsersClock = { now: () => new Date() };

export interface UserRow {
  user_id: string;
  name: string;
  role: Role;
  district: District | null;
  agency: string | null;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export const USER_COLUMNS = 'user_id, name, role, district, agency, created_at, expires_at, revoked_at';
const COLUMNS = USER_COLUMNS;

const toUser = (row: UserRow): User => ({ userId: row.user_id, name: row.name, role: row.role, district: row.district });

export const toRecord = (row: UserRow): UserRecord => ({
  ...toUser(row),
  agency: row.agency,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/**
 * Users and their tokens; only a token's hash is ever stored. A revoked or expired token opens nothing.
 * Every creation and revocation is also an event of the user's stream (sealed in the ledger like every
 * event), appended in the transaction that writes the row; `recorded` hears of the events once stored.
 */
export class UsersRepository {
  constructor(
    private readonly database: Database,
    private readonly store: EventStore,
    private readonly clock: UsersClock = systemClock,
    private readonly recorded: (events: readonly RecordedEvent[]) => void = () => {},
  ) {}

  /** The user holding `token`, unless it was revoked or has expired; read from the table on every call. */
  async findByToken(token: string): Promise<User | null> {
    const { rows } = await this.database.pool.query<UserRow>(
      `SELECT ${COLUMNS} FROM users
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [hashToken(token), this.clock.now()],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** Creates a user; returns it with its token, which is shown this once and never again. */
  async create(
    input: { name: string; role: Role; district: District | null; agency?: string | null; token?: string; expiresAt?: string | null; bootstrap?: boolean },
    createdBy: string | null,
  ): Promise<{ user: UserRecord; token: string }> {
    const token = input.token ?? generateToken();
    const bootstrap = input.bootstrap ?? false;
    const user = await this.change({
      write: async (client) => {
        const { rows } = await client.query<UserRow>(
          `INSERT INTO users (user_id, name, role, district, agency, token_hash, created_by, created_at, expires_at, bootstrap)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
          [
            randomUUID(), input.name, input.role, input.district, input.agency ?? null, hashToken(token), createdBy, this.clock.now(),
            input.expiresAt ?? null, bootstrap,
          ],
        );
        const created = toRecord(rows[0]!);
        return { result: created, events: [{ userId: created.userId, event: userCreated(created, bootstrap, actorOf(createdBy)) }] };
      },
    });
    return { user, token };
  }

  /** Revokes the user's token now (a second revocation keeps the first time); null when there is no such user. */
  async revoke(userId: string, revokedBy: string): Promise<UserRecord | null> {
    return this.change({
      write: async (client) => {
        const { rows } = await client.query<UserRow>(
          `UPDATE users SET revoked_at = $2, revoked_by = $3 WHERE user_id = $1 AND revoked_at IS NULL RETURNING ${COLUMNS}`,
          [userId, this.clock.now(), revokedBy],
        );
        if (rows[0]) {
          const revoked = toRecord(rows[0]);
          return { result: revoked, events: [{ userId, event: userRevoked(revoked, actorOf(revokedBy)) }] };
        }
        const { rows: kept } = await client.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE user_id = $1`, [userId]);
        return { result: kept[0] ? toRecord(kept[0]) : null, events: [] };
      },
    });
  }

  /**
   * Makes the holder of `token` the one bootstrap admin: revokes every other bootstrap admin and creates
   * this one unless a user already holds the token. A token that was revoked stays revoked (it may have
   * leaked) and then nothing changes: `revoked` says so.
   */
  async installBootstrapAdmin(token: string): Promise<{ replaced: number; created: boolean; revoked: boolean }> {
    const tokenHash = hashToken(token);
    return this.change<{ replaced: number; created: boolean; revoked: boolean }>({
      write: async (client) => {
        const { rows } = await client.query<{ revoked_at: Date | null }>('SELECT revoked_at FROM users WHERE token_hash = $1', [tokenHash]);
        if (rows[0]?.revoked_at) return { result: { replaced: 0, created: false, revoked: true }, events: [] };
        const { rows: replaced } = await client.query<UserRow>(
          `UPDATE users SET revoked_at = $2 WHERE bootstrap AND revoked_at IS NULL AND token_hash <> $1 RETURNING ${COLUMNS}`,
          [tokenHash, this.clock.now()],
        );
        const events = replaced.map((row) => ({ userId: row.user_id, event: userRevoked(toRecord(row), SYSTEM_ACTOR) }));
        if (rows[0]) return { result: { replaced: replaced.length, created: false, revoked: false }, events };
        const { rows: created } = await client.query<UserRow>(
          `INSERT INTO users (user_id, name, role, district, token_hash, created_by, created_at, bootstrap)
           VALUES ($1, 'bootstrap admin', 'admin', NULL, $2, NULL, $3, true) ON CONFLICT (token_hash) DO NOTHING RETURNING ${COLUMNS}`,
          [randomUUID(), tokenHash, this.clock.now()],
        );
        for (const row of created) events.push({ userId: row.user_id, event: userCreated(toRecord(row), true, SYSTEM_ACTOR) });
        return { result: { replaced: replaced.length, created: created.length > 0, revoked: false }, events };
      },
    });
  }

  /** Admins whose token still opens the service. */
  async countActiveAdmins(): Promise<number> {
    const { rows } = await this.database.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM users WHERE role = 'admin' AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $1)`,
      [this.clock.now()],
    );
    return Number(rows[0]?.n ?? 0);
  }

  private async change<T>(change: UserChange<T>): Promise<T> {
    const { result, recorded } = await recordUserChange(this.database, this.store, change);
    if (recorded.length > 0) this.recorded(recorded);
    return result;
  }
}

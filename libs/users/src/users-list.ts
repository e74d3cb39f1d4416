import type { Pool } from 'pg';
import type { District, Role } from '@casetrail/domain';
import type { UserRecord } from './user';
import { toRecord, USER_COLUMNS, type UserRow } from './users.repository';

/** One page of the users list: those created after `after` and no later than `upTo` (orders of creation). */
export interface UsersPageQuery {
  readonly role: Role | null;
  readonly district: District | null;
  /** The last order given on the previous page (0: from the first user). */
  readonly after: number;
  /** The newest order when the walk began: a user created since is not in this walk. */
  readonly upTo: number;
  readonly limit: number;
}

export interface ListedUser {
  readonly order: number;
  readonly user: UserRecord;
}

/** The newest order of creation (0 while there is no user): what a walk through the list is pinned to. */
export async function lastUserOrder(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ last: string | null }>('SELECT max(list_order) AS last FROM users');
  return Number(rows[0]?.last ?? 0);
}

/** Users in the order they were created, revoked ones included (an event's actor stays named). */
export async function usersPage(pool: Pool, query: UsersPageQuery): Promise<ListedUser[]> {
  const { rows } = await pool.query<UserRow & { list_order: string }>(
    `SELECT ${USER_COLUMNS}, list_order FROM users
      WHERE list_order > $1 AND list_order <= $2
        AND ($3::text IS NULL OR role = $3) AND ($4::text IS NULL OR district = $4)
      ORDER BY list_order LIMIT $5`,
    [query.after, query.upTo, query.role, query.district, query.limit],
  );
  return rows.map((row) => ({ order: Number(row.list_order), user: toRecord(row) }));
}

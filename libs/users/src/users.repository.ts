import { randomUUID } from 'node:crypto';
import type { Database } from '@casetrail/database';
import type { District, Role } from '@casetrail/domain';
import { generateToken, hashToken } from './token';
import type { User } from './user';

interface UserRow {
  user_id: string;
  name: string;
  role: Role;
  district: District | null;
}

const toUser = (row: UserRow): User => ({
  userId: row.user_id,
  name: row.name,
  role: row.role,
  district: row.district,
});

/** Users and their tokens; only a token's hash is ever stored. */
export class UsersRepository {
  constructor(private readonly database: Database) {}

  async findByToken(token: string): Promise<User | null> {
    const { rows } = await this.database.pool.query<UserRow>(
      'SELECT user_id, name, role, district FROM users WHERE token_hash = $1',
      [hashToken(token)],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** Creates a user; returns it with its token, which is shown this once and never again. */
  async create(
    input: { name: string; role: Role; district: District | null; token?: string },
    createdBy: string | null,
  ): Promise<{ user: User; token: string }> {
    const token = input.token ?? generateToken();
    const userId = randomUUID();
    await this.database.pool.query(
      `INSERT INTO users (user_id, name, role, district, token_hash, created_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [userId, input.name, input.role, input.district, hashToken(token), createdBy],
    );
    return { user: { userId, name: input.name, role: input.role, district: input.district }, token };
  }

  async countAdmins(): Promise<number> {
    const { rows } = await this.database.pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM users WHERE role = 'admin'",
    );
    return Number(rows[0]?.n ?? 0);
  }
}

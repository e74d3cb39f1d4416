import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Database } from '@casetrail/database';
import type { District, Role } from '@casetrail/domain';
import { hashToken } from '@casetrail/users';
import type { User } from '@casetrail/users';
import { DATABASE } from '../config/tokens';

/** How long a web session lasts from sign-in; then the page asks for the token again. */
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export interface WebSession {
  readonly user: User;
  readonly expiresAt: Date;
}

interface SessionRow {
  user_id: string;
  name: string;
  role: Role;
  district: District | null;
  expires_at: Date;
}

/**
 * The web page's sessions: a random id (kept by the browser in an HttpOnly cookie, stored here only as a hash)
 * standing for the bearer token it was exchanged for. A session ends at its expiry, at sign-out, or as soon as
 * its token no longer belongs to its user.
 */
@Injectable()
export class WebSessions {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** Opens a session for the holder of `token`; returns the session id, shown to the browser only. */
  async open(user: User, token: string, now: Date): Promise<{ sessionId: string; expiresAt: Date }> {
    const sessionId = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await this.database.pool.query('DELETE FROM web_sessions WHERE expires_at <= $1', [now]);
    await this.database.pool.query(
      `INSERT INTO web_sessions (session_hash, user_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
      [hashToken(sessionId), user.userId, hashToken(token), now, expiresAt],
    );
    return { sessionId, expiresAt };
  }

  /** The live session with this id, or null (unknown, expired, or its token no longer that user's). */
  async find(sessionId: string, now: Date): Promise<WebSession | null> {
    const { rows } = await this.database.pool.query<SessionRow>(
      `SELECT u.user_id, u.name, u.role, u.district, s.expires_at
       FROM web_sessions s JOIN users u ON u.user_id = s.user_id AND u.token_hash = s.token_hash
       WHERE s.session_hash = $1 AND s.expires_at > $2
         AND u.revoked_at IS NULL AND (u.expires_at IS NULL OR u.expires_at > $2)`,
      [hashToken(sessionId), now],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      user: { userId: row.user_id, name: row.name, role: row.role, district: row.district },
      expiresAt: new Date(row.expires_at),
    };
  }

  async close(sessionId: string): Promise<void> {
    await this.database.pool.query('DELETE FROM web_sessions WHERE session_hash = $1', [hashToken(sessionId)]);
  }
}

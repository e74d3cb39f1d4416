import { sqlMigration } from '@casetrail/database';

/**
 * Sessions of the web page: a signed-in browser holds a random session id in an HttpOnly cookie; only its
 * hash is stored, beside the hash of the token it was exchanged for (so a token replaced or revoked ends it).
 */
export const WebSessions1733300000001 = sqlMigration('WebSessions1733300000001', {
  up: [
    `
      CREATE TABLE web_sessions (
        session_hash  text PRIMARY KEY,
        user_id       uuid NOT NULL,
        token_hash    text NOT NULL,
        created_at    timestamptz NOT NULL,
        expires_at    timestamptz NOT NULL
      )`,
    'CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)',
  ],
  down: ['DROP TABLE web_sessions'],
});

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions of the web page: a signed-in browser holds a random session id in an HttpOnly cookie; only its
 * hash is stored, beside the hash of the token it was exchanged for (so a token replaced or revoked ends it).
 */
export class WebSessions1733300000001 implements MigrationInterface {
  name = 'WebSessions1733300000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_sessions (
        session_hash  text PRIMARY KEY,
        user_id       uuid NOT NULL,
        token_hash    text NOT NULL,
        created_at    timestamptz NOT NULL,
        expires_at    timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE web_sessions');
  }
}

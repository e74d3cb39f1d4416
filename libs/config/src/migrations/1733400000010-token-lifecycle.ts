import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tokens that end: an optional expiry, a revocation (who and when), and which admin holds the bootstrap
 * token (CASETRAIL_ADMIN_TOKEN), so a new value replaces that admin instead of adding a second one.
 */
export class TokenLifecycle1733400000010 implements MigrationInterface {
  name = 'TokenLifecycle1733400000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN expires_at  timestamptz NULL,
        ADD COLUMN revoked_at  timestamptz NULL,
        ADD COLUMN revoked_by  uuid NULL,
        ADD COLUMN bootstrap   boolean NOT NULL DEFAULT false`);
    // Every admin the service created for itself so far (created by no one, under the bootstrap name).
    await queryRunner.query(
      `UPDATE users SET bootstrap = true WHERE role = 'admin' AND created_by IS NULL AND name = 'bootstrap admin'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE users DROP COLUMN bootstrap, DROP COLUMN revoked_by, DROP COLUMN revoked_at, DROP COLUMN expires_at',
    );
  }
}

import { sqlMigration } from '@casetrail/database';

/**
 * Tokens that end: an optional expiry, a revocation (who and when), and which admin holds the bootstrap
 * token (CASETRAIL_ADMIN_TOKEN), so a new value replaces that admin instead of adding a second one.
 */
export const TokenLifecycle1733400000010 = sqlMigration('TokenLifecycle1733400000010', {
  up: [
    `
      ALTER TABLE users
        ADD COLUMN expires_at  timestamptz NULL,
        ADD COLUMN revoked_at  timestamptz NULL,
        ADD COLUMN revoked_by  uuid NULL,
        ADD COLUMN bootstrap   boolean NOT NULL DEFAULT false`,
    // Every admin the service created for itself so far (created by no one, under the bootstrap name).
    `UPDATE users SET bootstrap = true WHERE role = 'admin' AND created_by IS NULL AND name = 'bootstrap admin'`,
  ],
  down: ['ALTER TABLE users DROP COLUMN bootstrap, DROP COLUMN revoked_by, DROP COLUMN revoked_at, DROP COLUMN expires_at'],
});

import { sqlMigration } from '@casetrail/database';

/**
 * Leaf format 2: each leaf keeps the entry it hashed (its public part and private commitment) and the
 * random salt of that commitment, which an auditor needs to recompute the leaf from the event. A ledger
 * that already holds format-1 leaves cannot be converted (its checkpoints signed those leaves).
 */
export const LedgerLeafParts1733200000001 = sqlMigration('LedgerLeafParts1733200000001', {
  up: [
    `
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM ledger_leaves) THEN
          RAISE EXCEPTION 'casetrail: the ledger holds leaves of format 1, which leaf format 2 cannot extend: start from an empty database';
        END IF;
      END $$`,
    `
      ALTER TABLE ledger_leaves
        ADD COLUMN salt  bytea NOT NULL CHECK (octet_length(salt) = 32),
        ADD COLUMN entry bytea NOT NULL CHECK (octet_length(entry) > 0)`,
  ],
  down: { refuse: 'the ledger is never dropped by a migration' },
});

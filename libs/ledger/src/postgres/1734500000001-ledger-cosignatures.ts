import { sqlMigration } from '@casetrail/database';

/**
 * Witness cosignatures of the signed checkpoints (C2SP tlog-cosignature lines), append-only like the rest of
 * the ledger: a witness's line is kept as received, with its name, key id and the time it signed. No foreign key
 * to ledger_checkpoints: one would make TRUNCATE of that table fail as a constraint, not as the ledger's refusal.
 */
export const LedgerCosignatures1734500000001 = sqlMigration('LedgerCosignatures1734500000001', {
  up: [
    `
      CREATE TABLE ledger_cosignatures (
        checkpoint_id  bigint NOT NULL,
        cosigner_name  text NOT NULL,
        key_id         text NOT NULL CHECK (key_id ~ '^[0-9a-f]{8}$'),
        cosigned_at    timestamptz NOT NULL,
        line           text NOT NULL,
        received_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (checkpoint_id, cosigner_name, key_id)
      )`,
    'CREATE INDEX ledger_checkpoints_tree_size ON ledger_checkpoints (tree_size, id)',
    'CREATE TRIGGER ledger_cosignatures_append_only BEFORE UPDATE OR DELETE ON ledger_cosignatures FOR EACH ROW EXECUTE FUNCTION casetrail_ledger_refuse_change()',
    'CREATE TRIGGER ledger_cosignatures_no_truncate BEFORE TRUNCATE ON ledger_cosignatures FOR EACH STATEMENT EXECUTE FUNCTION casetrail_ledger_refuse_change()',
    'REVOKE UPDATE, DELETE, TRUNCATE ON ledger_cosignatures FROM PUBLIC',
  ],
  down: { refuse: 'the ledger is never dropped by a migration' },
});

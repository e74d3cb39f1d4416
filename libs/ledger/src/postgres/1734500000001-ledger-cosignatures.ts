import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Witness cosignatures of the signed checkpoints (C2SP tlog-cosignature lines), append-only like the rest of
 * the ledger: a witness's line is kept as received, with its name, key id and the time it signed. No foreign key
 * to ledger_checkpoints: one would make TRUNCATE of that table fail as a constraint, not as the ledger's refusal.
 */
export class LedgerCosignatures1734500000001 implements MigrationInterface {
  name = 'LedgerCosignatures1734500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ledger_cosignatures (
        checkpoint_id  bigint NOT NULL,
        cosigner_name  text NOT NULL,
        key_id         text NOT NULL CHECK (key_id ~ '^[0-9a-f]{8}$'),
        cosigned_at    timestamptz NOT NULL,
        line           text NOT NULL,
        received_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (checkpoint_id, cosigner_name, key_id)
      )`);
    await queryRunner.query('CREATE INDEX ledger_checkpoints_tree_size ON ledger_checkpoints (tree_size, id)');
    await queryRunner.query(
      'CREATE TRIGGER ledger_cosignatures_append_only BEFORE UPDATE OR DELETE ON ledger_cosignatures FOR EACH ROW EXECUTE FUNCTION casetrail_ledger_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER ledger_cosignatures_no_truncate BEFORE TRUNCATE ON ledger_cosignatures FOR EACH STATEMENT EXECUTE FUNCTION casetrail_ledger_refuse_change()',
    );
    await queryRunner.query('REVOKE UPDATE, DELETE, TRUNCATE ON ledger_cosignatures FROM PUBLIC');
  }

  async down(): Promise<void> {
    throw new Error('the ledger is never dropped by a migration');
  }
}

import { sqlMigration } from '@casetrail/database';

const TABLES = ['ledger_leaves', 'ledger_nodes', 'ledger_seals', 'ledger_checkpoints'] as const;

/**
 * The ledger's tables, append-only like the events table: the leaf assigned to each event, every
 * perfect subtree the tree has completed (proofs are read from these), the sealer's position and
 * frontier after each batch, and every signed checkpoint.
 */
export const Ledger1732800000300 = sqlMigration('Ledger1732800000300', {
  up: [
    `
      CREATE TABLE ledger_leaves (
        leaf_index  bigint PRIMARY KEY CHECK (leaf_index >= 0),
        event_id    uuid NOT NULL,
        leaf_hash   bytea NOT NULL CHECK (octet_length(leaf_hash) = 32),
        CONSTRAINT ledger_leaves_event_id_unique UNIQUE (event_id)
      )`,
    `
      CREATE TABLE ledger_nodes (
        level       smallint NOT NULL CHECK (level >= 0 AND level < 64),
        node_index  bigint NOT NULL CHECK (node_index >= 0),
        hash        bytea NOT NULL CHECK (octet_length(hash) = 32),
        PRIMARY KEY (level, node_index)
      )`,
    `
      CREATE TABLE ledger_seals (
        tree_size      bigint PRIMARY KEY CHECK (tree_size > 0),
        last_position  text NOT NULL,
        root_hash      bytea NOT NULL CHECK (octet_length(root_hash) = 32),
        frontier       jsonb NOT NULL,
        sealed_at      timestamptz NOT NULL DEFAULT now()
      )`,
    `
      CREATE TABLE ledger_checkpoints (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        tree_size   bigint NOT NULL CHECK (tree_size >= 0),
        root_hash   bytea NOT NULL CHECK (octet_length(root_hash) = 32),
        note        text NOT NULL,
        key_name    text NOT NULL,
        key_id      text NOT NULL,
        signed_at   timestamptz NOT NULL
      )`,
    `
      CREATE FUNCTION casetrail_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'casetrail: % on % is refused: the ledger is append-only', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`,
    ...TABLES.flatMap((table) => [
      `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION casetrail_ledger_refuse_change()`,
      `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION casetrail_ledger_refuse_change()`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON ${table} FROM PUBLIC`,
    ]),
  ],
  down: { refuse: 'the ledger is never dropped by a migration' },
});

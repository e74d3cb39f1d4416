import { sqlMigration } from '@casetrail/database';

/**
 * The append-only events table. The database itself refuses UPDATE, DELETE and TRUNCATE; each row
 * carries the id of the transaction that wrote it, so readers of the global order can wait for every
 * transaction that might still commit below them.
 */
export const EventStore1732800000000 = sqlMigration('EventStore1732800000000', {
  up: [
    `
      CREATE TABLE events (
        position        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id        uuid NOT NULL,
        stream_id       text NOT NULL,
        version         integer NOT NULL CHECK (version >= 1),
        type            text NOT NULL,
        schema_version  integer NOT NULL,
        data            text NOT NULL,
        occurred_at     text NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', statement_timestamp()),
        actor_id        text NOT NULL,
        actor_role      text NOT NULL,
        correlation_id  text NOT NULL,
        causation_id    text NULL,
        CONSTRAINT events_event_id_unique UNIQUE (event_id),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version)
      )`,
    'CREATE INDEX events_global_order ON events (transaction_id, position)',
    `
      CREATE FUNCTION casetrail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'casetrail: % on % is refused: the log is append-only; record a correction instead', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`,
    'CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION casetrail_refuse_change()',
    'CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events FOR EACH STATEMENT EXECUTE FUNCTION casetrail_refuse_change()',
    'REVOKE UPDATE, DELETE, TRUNCATE ON events FROM PUBLIC',
  ],
  down: { refuse: 'the event log is never dropped by a migration' },
});

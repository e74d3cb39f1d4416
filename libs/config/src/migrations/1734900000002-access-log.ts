import { sqlMigration } from '@casetrail/database';

/**
 * The access log's index: one row per answer that showed personal data, written in the transaction that
 * appends its sealed `access` event (the event is the record; this row is how GET /v1/access-log finds it).
 */
export const AccessLog1734900000002 = sqlMigration('AccessLog1734900000002', {
  up: [
    `
      CREATE TABLE access_log (
        entry_order   bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        user_id       text NOT NULL,
        role          text NOT NULL,
        case_id       uuid NOT NULL,
        subject_refs  text[] NOT NULL,
        shown_at      timestamptz NOT NULL
      )`,
    'CREATE INDEX access_log_by_user ON access_log (user_id, entry_order)',
    'CREATE INDEX access_log_by_subject ON access_log USING gin (subject_refs)',
  ],
  down: ['DROP TABLE access_log'],
});

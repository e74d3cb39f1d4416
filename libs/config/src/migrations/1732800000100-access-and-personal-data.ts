import { sqlMigration } from '@casetrail/database';

/** Users (token hashes only), durable idempotency keys, and each person's wrapped data key. */
export const AccessAndPersonalData1732800000100 = sqlMigration('AccessAndPersonalData1732800000100', {
  up: [
    `
      CREATE TABLE users (
        user_id     uuid PRIMARY KEY,
        name        text NOT NULL,
        role        text NOT NULL,
        district    text NULL,
        token_hash  text NOT NULL UNIQUE,
        created_by  uuid NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`,
    `
      CREATE TABLE idempotency_keys (
        user_id          uuid NOT NULL,
        idempotency_key  text NOT NULL,
        request_hash     text NOT NULL,
        status_code      integer NOT NULL,
        body             text NOT NULL,
        created_at       timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, idempotency_key)
      )`,
    `
      CREATE TABLE subject_keys (
        subject_ref    text PRIMARY KEY,
        case_id        uuid NOT NULL,
        wrapped_key    bytea NULL,
        master_key_id  text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        erased_at      timestamptz NULL
      )`,
  ],
  down: ['DROP TABLE subject_keys', 'DROP TABLE idempotency_keys', 'DROP TABLE users'],
});

import { sqlMigration } from '@casetrail/database';

/**
 * An Idempotency-Key is reserved before its command is decided and answered with the command's events:
 * a reserved key has no answer yet. (Two requests with one key then decide once, whatever the event store.)
 */
export const IdempotencyReservations1733000100002 = sqlMigration('IdempotencyReservations1733000100002', {
  up: [
    'ALTER TABLE idempotency_keys ALTER COLUMN status_code DROP NOT NULL, ALTER COLUMN body DROP NOT NULL',
    `
      ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_answered_whole
        CHECK ((status_code IS NULL) = (body IS NULL))`,
  ],
  down: { refuse: 'forward only' },
});

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key is reserved before its command is decided and answered with the command's events:
 * a reserved key has no answer yet. (Two requests with one key then decide once, whatever the event store.)
 */
export class IdempotencyReservations1733000100002 implements MigrationInterface {
  name = 'IdempotencyReservations1733000100002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys ALTER COLUMN status_code DROP NOT NULL, ALTER COLUMN body DROP NOT NULL');
    await queryRunner.query(`
      ALTER TABLE idempotency_keys ADD CONSTRAINT idempotency_keys_answered_whole
        CHECK ((status_code IS NULL) = (body IS NULL))`);
  }

  async down(): Promise<void> {
    throw new Error('forward only');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** For the EventStoreDB adapter: the stream each event id was appended to, so an id is never used in two streams. */
export class EventIdReservations1733000100003 implements MigrationInterface {
  name = 'EventIdReservations1733000100003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE event_id_reservations (
        event_id     uuid PRIMARY KEY,
        stream_kind  text NOT NULL,
        stream_id    text NOT NULL,
        reserved_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE event_id_reservations');
  }
}

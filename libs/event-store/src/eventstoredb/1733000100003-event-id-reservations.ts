import { sqlMigration } from '@casetrail/database';

/** For the EventStoreDB adapter: the stream each event id was appended to, so an id is never used in two streams. */
export const EventIdReservations1733000100003 = sqlMigration('EventIdReservations1733000100003', {
  up: [
    `
      CREATE TABLE event_id_reservations (
        event_id     uuid PRIMARY KEY,
        stream_kind  text NOT NULL,
        stream_id    text NOT NULL,
        reserved_at  timestamptz NOT NULL DEFAULT now()
      )`,
  ],
  down: ['DROP TABLE event_id_reservations'],
});

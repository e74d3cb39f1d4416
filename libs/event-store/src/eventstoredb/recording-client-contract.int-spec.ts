import { createTestDatabase } from '../../../../test/support/test-database';
import { describeEventStoreContract } from '../port/testing/event-store.contract';
import { PostgresEventIdReservations } from './event-id-reservations';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { RecordingClient } from './testing/recording-client';

// No EventStoreDB server here: the contract runs against the adapter on a client that answers as the
// server does, with event ids reserved in a real PostgreSQL (the suite with a server: eventstoredb-event-store.int-spec.ts).
describeEventStoreContract('EventStoreDB adapter on a recording client, event ids reserved in PostgreSQL', async () => {
  const db = await createTestDatabase();
  const store = new EventStoreDbEventStore(new RecordingClient({ clock: () => Date.now() }), {
    eventIds: new PostgresEventIdReservations(db.pool),
  });
  return {
    store,
    close: async () => {
      await store.close();
      await db.close();
    },
  };
});

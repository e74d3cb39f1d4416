import { EventStoreDBClient } from '@eventstore/db-client';
import { createTestDatabase } from '../../../../test/support/test-database';
import { describeEventStoreContract } from '../port/testing/event-store.contract';
import { PostgresEventIdReservations } from './event-id-reservations';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const url = process.env.EVENTSTORE_URL;

if (url) {
  describeEventStoreContract('EventStoreDB', async () => {
    const client = EventStoreDBClient.connectionString(url);
    const db = await createTestDatabase();
    const store = new EventStoreDbEventStore(client, { eventIds: new PostgresEventIdReservations(db.pool) });
    return {
      store,
      close: async () => {
        await store.close();
        await client.dispose();
        await db.close();
      },
    };
  });
} else {
  // No EventStoreDB server is reachable here: set EVENTSTORE_URL (e.g. esdb://localhost:2113?tls=false)
  // to run the contract against a real one. docs/deployment.md says how to start one.
  describe.skip('the event store contract: EventStoreDB (set EVENTSTORE_URL to run it)', () => {
    it('runs against a real EventStoreDB/KurrentDB server', () => undefined);
  });
}

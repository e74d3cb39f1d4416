import type { Database } from '@casetrail/database';
import { EventStoreDbEventStore, PostgresEventIdReservations, PostgresEventStore, type EventStore } from '@casetrail/event-store';
import type { Configuration } from './configuration';

/** The configured event store: EventStoreDB/KurrentDB when EVENTSTORE_URL is set, else the database's events table. */
export function openEventStore(configuration: Pick<Configuration, 'eventStoreUrl'>, database: Database): EventStore {
  if (configuration.eventStoreUrl) {
    return EventStoreDbEventStore.connect(configuration.eventStoreUrl, { eventIds: new PostgresEventIdReservations(database.pool) });
  }
  return new PostgresEventStore(database.pool, { prepare: !database.embedded, announce: !database.embedded });
}

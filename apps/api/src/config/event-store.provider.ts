import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { openEventStore, type Configuration } from '@casetrail/config';
import { CONFIGURATION, DATABASE, EVENT_STORE } from './tokens';

export const EVENT_STORE_PROVIDER: Provider = {
  provide: EVENT_STORE,
  useFactory: (configuration: Configuration, database: Database) => openEventStore(configuration, database),
  inject: [CONFIGURATION, DATABASE],
};

/** Closes the event store (its subscriptions, and an EventStoreDB client) once the service has stopped. */
@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

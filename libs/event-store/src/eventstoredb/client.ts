import type { EventStoreDBClient } from '@eventstore/db-client';

/** The part of the EventStoreDB/KurrentDB client the adapter uses, with the client's own signatures. */
export type EventStoreDbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'dispose'
>;

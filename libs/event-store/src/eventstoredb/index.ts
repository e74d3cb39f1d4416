export { EventStoreDbEventStore, type EventStoreDbEventStoreOptions } from './eventstoredb-event-store';
export type { EventStoreDbClient } from './client';
export { PostgresEventIdReservations, type EventIdReservations } from './event-id-reservations';
export { EventIdReservations1733000100003 } from './1733000100003-event-id-reservations';

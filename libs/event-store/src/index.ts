export * from './port/event-store.port';
export * from './port/errors';
export * from './port/global-position';
export * from './postgres/postgres-event-store';
export { EventStore1732800000000 } from './postgres/1732800000000-event-store';
export { EventNotifications1732800000001 } from './postgres/1732800000001-event-notifications';
export { AnnouncedCommits1732800000002 } from './postgres/1732800000002-announced-commits';
export { listenForEvents, EVENTS_CHANNEL } from './postgres/listen-for-events';
export * from './eventstoredb';

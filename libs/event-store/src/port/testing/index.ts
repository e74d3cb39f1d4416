export * from './event-store.contract';
export * from './events-seen';

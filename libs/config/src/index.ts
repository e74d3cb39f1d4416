/** @casetrail/config: the settings read once at boot, the event store they select, the migration list. No Nest. */
export * from './configuration';
export * from './ledger-configuration';
export * from './open-event-store';
export * from './migrations';
export * from './witness-configuration';

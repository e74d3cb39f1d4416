/**
 * The tests the event store's mutants run (test/mutation/stryker.event-store.config.mjs): its contract and races, on
 * the database of DATABASE_URL, and the global positions' unit spec (not the commit announcer's: seconds of
 * listening per mutant, and no order or version).
 */
module.exports = require('./jest-area')('integration', [
  '<rootDir>/libs/event-store/src/postgres/{postgres-event-store,global-order-race,append-race}.int-spec.ts',
  '<rootDir>/libs/event-store/src/port/*.spec.ts',
]);

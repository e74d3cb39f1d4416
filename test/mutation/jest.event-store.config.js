/** The tests the event store's mutants run (test/mutation/stryker.event-store.config.mjs): its contract and races, on the database of DATABASE_URL. */
module.exports = require('./jest-area')('integration', ['<rootDir>/libs/event-store/src/postgres/*.int-spec.ts']);

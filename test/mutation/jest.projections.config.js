/** The tests the projection library's mutants run (test/mutation/stryker.projections.config.mjs), on the database of DATABASE_URL. */
module.exports = require('./jest-area')('integration', [
  '<rootDir>/libs/projections/src/*.int-spec.ts',
  '<rootDir>/libs/read-models/src/{batch-folds,read-models}.int-spec.ts',
]);

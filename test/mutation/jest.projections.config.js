/**
 * The tests the projection library's mutants run (test/mutation/stryker.projections.config.mjs), on the database of
 * DATABASE_URL: the library's own specs and the read models' batch folds (not the live-vs-rebuilt comparison: 46 s of
 * loading per mutant, and the runner's specs already rebuild, resume and follow live).
 */
module.exports = require('./jest-area')('integration', [
  '<rootDir>/libs/projections/src/*.int-spec.ts',
  '<rootDir>/libs/read-models/src/batch-folds.int-spec.ts',
]);

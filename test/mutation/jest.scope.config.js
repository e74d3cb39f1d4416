/** The tests the district scope checks' mutants run (test/mutation/stryker.scope.config.mjs): the HTTP tests of scope. */
module.exports = require('./jest-area')('integration', ['<rootDir>/test/e2e/{read-scope,case-scope}.e2e-spec.ts']);

/**
 * The tests the scope and role checks' mutants run (test/mutation/stryker.scope.config.mjs): the HTTP tests of scope
 * (every read route swept as a scoped user among them, and read as known before a case moved away), of the roles' table and of the nationwide-only answers.
 */
module.exports = require('./jest-area')('integration', [
  '<rootDir>/test/e2e/{read-scope,case-scope,moved-case-scope,scoped-read-sweep,access,events-export}.e2e-spec.ts',
]);

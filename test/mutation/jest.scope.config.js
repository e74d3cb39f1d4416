/** The tests `npm run mutation` runs against the district scope checks' mutants (test/mutation/stryker.scope.config.mjs). */
const base = require('../../jest.config.js');
const [, integration] = base.projects;

module.exports = {
  ...base,
  rootDir: require('node:path').join(__dirname, '..', '..'),
  projects: [{ ...integration, testMatch: ['<rootDir>/test/e2e/{read-scope,case-scope}.e2e-spec.ts'] }],
};

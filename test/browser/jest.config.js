/**
 * The browser tests: Debian's chromium driven by playwright-core against the real service. They run once per
 * CI run (`npm test` runs them after the database suites; `npm run test:jest` does not), since what they check
 * is the page, not the database under it.
 */
const root = require('../../jest.config.js');
const integration = root.projects.find((p) => p.displayName === 'integration');

module.exports = {
  testTimeout: 180_000,
  projects: [
    {
      ...integration,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};

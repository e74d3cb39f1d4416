/**
 * Tools that drive the page in chromium without judging it: `npm run screenshots` (docs/screenshots/) and
 * `npm run measure:web` (the first load's bytes and time to the first chart). Not part of `npm test`.
 */
const browser = require('./jest.config.js');

module.exports = {
  ...browser,
  testTimeout: 600_000,
  projects: [{ ...browser.projects[0], displayName: 'browser tools', testMatch: ['<rootDir>/test/browser/tools/*.tool.ts'] }],
};

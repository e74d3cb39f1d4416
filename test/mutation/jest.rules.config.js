/** The tests `npm run mutation` runs against the domain's and the reporting's mutants (stryker.config.mjs): their unit specs. */
const base = require('../../jest.config.js');
const [unit] = base.projects;

module.exports = {
  ...base,
  rootDir: require('node:path').join(__dirname, '..', '..'),
  projects: [
    {
      ...unit,
      testMatch: ['<rootDir>/libs/{domain,reporting}/**/*.spec.ts'],
      // 50 s of simulated attacks on donor figures: too slow to run per mutant (the rule's own spec stays).
      testPathIgnorePatterns: ['/node_modules/', '/disclosure/attackers\\.spec\\.ts$'],
    },
  ],
};

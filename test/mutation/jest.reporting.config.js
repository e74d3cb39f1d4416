/** The tests the reporting's mutants run (test/mutation/stryker.reporting.config.mjs): its unit specs. */
module.exports = require('./jest-area')('unit', ['<rootDir>/libs/reporting/**/*.spec.ts'], [
  '/node_modules/',
  // 50 s of simulated attacks on donor figures: too slow to run per mutant (the rule's own spec stays).
  '/disclosure/attackers\\.spec\\.ts$',
]);

/** The tests the domain rules' mutants run (test/mutation/stryker.domain.config.mjs): the domain's unit specs. */
module.exports = require('./jest-area')('unit', ['<rootDir>/libs/domain/**/*.spec.ts']);

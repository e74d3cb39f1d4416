import { common } from './test/mutation/stryker.common.mjs';

/**
 * `npm run mutation` (docs/testing.md), first of two runs: StrykerJS 9 on the domain's rules and the report, against
 * their unit specs, each mutant against the tests that reach it. Incremental: a run retests only mutants whose code
 * or tests changed (reports/mutation/, kept out of git). The scope checks run second (test/mutation/stryker.scope.config.mjs).
 */
export default {
  ...common,
  jest: { configFile: 'test/mutation/jest.rules.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  // Code run only while a module loads (tables of rules and fields) is reached by no single test: counted, not tested.
  ignoreStatic: true,
  mutate: [
    'libs/domain/src/**/*.ts',
    '!libs/domain/src/**/*.spec.ts',
    '!libs/domain/src/**/__tests__/**',
    '!libs/domain/src/testing/**',
    // Tables of names are data, not rules.
    '!libs/domain/src/nationalities.ts',
    '!libs/domain/src/enumerations.ts',
    'libs/reporting/src/**/*.ts',
    '!libs/reporting/src/**/*.spec.ts',
    '!libs/reporting/src/testing/**',
    '!libs/reporting/src/disclosure/testing/**',
  ],
  incrementalFile: 'reports/mutation/rules.incremental.json',
  jsonReporter: { fileName: 'reports/mutation/rules.json' },
  timeoutMS: 10000,
};

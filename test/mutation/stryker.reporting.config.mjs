import { common } from './stryker.common.mjs';

/** `npm run mutation -- reporting`: `libs/reporting` (not its fixtures), against its unit specs, each mutant against the tests that reach it. */
export default {
  ...common,
  jest: { configFile: 'test/mutation/jest.reporting.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: [
    'libs/reporting/src/**/*.ts',
    '!libs/reporting/src/**/*.spec.ts',
    '!libs/reporting/src/testing/**',
    '!libs/reporting/src/disclosure/testing/**',
  ],
  incrementalFile: 'reports/mutation/reporting.incremental.json',
  jsonReporter: { fileName: 'reports/mutation/reporting.json' },
  timeoutMS: 10000,
};

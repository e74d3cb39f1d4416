import { common } from './stryker.common.mjs';

/**
 * `npm run mutation -- reporting`: the government-action report's boundaries (issue 20: a period's ends, the first
 * charge, a decline ending an investigation, `knownAt` and `asOf` at an event), against the reporting's unit specs,
 * each mutant against the tests that reach it. The rest of `libs/reporting` (claims, disclosure, flags, items) is
 * not in this run: add `--mutate 'libs/reporting/src/claims/*.ts'` and the like to test it.
 */
export default {
  ...common,
  jest: { configFile: 'test/mutation/jest.reporting.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: [
    'libs/reporting/src/government-action.ts',
    'libs/reporting/src/case-facts.ts',
    'libs/reporting/src/reporting-period.ts',
    'libs/reporting/src/report-event.ts',
    'libs/reporting/src/government-action-report.ts',
    'libs/reporting/src/flags/as-of.ts',
  ],
  incrementalFile: 'reports/mutation/reporting.incremental.json',
  jsonReporter: { fileName: 'reports/mutation/reporting.json' },
  timeoutMS: 10000,
};

import { common } from './stryker.common.mjs';

/**
 * `npm run mutation`, second run: the district scope checks, against the HTTP tests of scope. Every mutant runs both
 * files whole (the checks are reached while a test's cases are recorded, before any single test).
 */
export default {
  ...common,
  jest: { configFile: 'test/mutation/jest.scope.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'off',
  mutate: [
    'apps/api/src/cases/case-scope.ts',
    'apps/api/src/cases/queries/case-queries.ts:39-39',
    'apps/api/src/cases/queries/case-queries.ts:59-59',
    'apps/api/src/read-models/caseload/caseload.controller.ts:21-21',
    'apps/api/src/read-models/dpp-backlog/dpp-backlog.controller.ts:20-20',
    'apps/api/src/read-models/government-action/government-action.controller.ts:52-52',
    'apps/api/src/read-models/red-flags/red-flags.controller.ts:38-38',
    'apps/api/src/read-models/summonses/summonses.controller.ts:20-20',
  ],
  incrementalFile: 'reports/mutation/scope.incremental.json',
  jsonReporter: { fileName: 'reports/mutation/scope.json' },
  timeoutMS: 60000,
};

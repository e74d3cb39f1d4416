import { common } from './stryker.common.mjs';

/**
 * `npm run mutation -- scope`: the district scope checks, against the HTTP tests of scope. Every mutant runs both
 * files whole (the checks are reached while a test's cases are recorded, before any single test).
 */
export default {
  ...common,
  jest: { configFile: 'test/mutation/jest.scope.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'off',
  // Line ranges: the scope lines of each file as of the merge of the lists, calendar and claims work (re-point them when those files move).
  mutate: [
    'apps/api/src/cases/case-scope.ts',
    'apps/api/src/cases/queries/case-queries.ts:44-44',
    'apps/api/src/cases/queries/case-queries.ts:69-69',
    'apps/api/src/read-models/caseload/caseload.controller.ts:37-37',
    'apps/api/src/read-models/dpp-backlog/dpp-backlog.controller.ts:35-38',
    'apps/api/src/read-models/government-action/government-action.controller.ts:64-64',
    'apps/api/src/read-models/red-flags/red-flags.controller.ts:50-50',
    'apps/api/src/read-models/summonses/summonses.controller.ts:41-47',
  ],
  incrementalFile: 'reports/mutation/scope.incremental.json',
  jsonReporter: { fileName: 'reports/mutation/scope.json' },
  eventReporter: { baseDir: 'reports/mutation/scope-events' },
  timeoutMS: 60000,
};

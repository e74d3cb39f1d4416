import { area } from './stryker.common.mjs';

/**
 * `npm run mutation -- scope`: the district scope checks and the role checks, against the HTTP tests of scope and
 * roles. Every mutant runs the files whole (the checks are reached while a test's cases are recorded, before any
 * single test).
 */
export default area('scope', {
  coverageAnalysis: 'off',
  // Line ranges: the scope and role lines of each file (re-point them when those lines move).
  mutate: [
    'apps/api/src/cases/case-scope.ts',
    'apps/api/src/ledger/event-scope.ts',
    'apps/api/src/auth/nationwide.guard.ts:12-16',
    // The route's role table (function-level authorisation).
    'apps/api/src/auth/auth.guard.ts:60-64',
    'apps/api/src/cases/queries/case-queries.ts:45-45',
    'apps/api/src/cases/queries/case-queries.ts:70-70',
    'apps/api/src/claims/claim-view.ts:29-29',
    'apps/api/src/read-models/case-list/case-list.controller.ts:25-25',
    'apps/api/src/read-models/case-list/case-list.controller.ts:31-31',
    'apps/api/src/read-models/caseload/caseload.controller.ts:36-36',
    'apps/api/src/read-models/caseload/caseload.controller.ts:43-46',
    'apps/api/src/read-models/court-calendar/court-calendar.controller.ts:26-26',
    'apps/api/src/read-models/court-calendar/court-calendar.controller.ts:30-30',
    'apps/api/src/read-models/dpp-backlog/dpp-backlog.controller.ts:27-29',
    'apps/api/src/read-models/government-action/government-action.controller.ts:68-70',
    'apps/api/src/read-models/government-action/government-action.controller.ts:93-95',
    'apps/api/src/read-models/government-action/government-action.controller.ts:115-116',
    'apps/api/src/read-models/red-flags/red-flags.controller.ts:44-44',
    'apps/api/src/read-models/summonses/summonses.controller.ts:32-32',
    'apps/api/src/read-models/summonses/summonses.controller.ts:37-37',
  ],
  timeoutMS: 60000,
});

import { area } from './stryker.common.mjs';

/**
 * `npm run mutation -- reporting`: the report's core, where its boundaries are decided (issue 20: a period's ends,
 * prison of 12 months, the first charge, `asOf` at a flag's events), against the reporting's unit specs, each
 * mutant against the tests that reach it. The rest of `libs/reporting` (case facts, claims, disclosure, flags,
 * items: about 1,300 more mutants, hours at load 15) is not in this run: add
 * `--mutate 'libs/reporting/src/case-facts.ts'` and the like to test it.
 */
export default area('reporting', {
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: [
    'libs/reporting/src/government-action.ts',
    'libs/reporting/src/flags/as-of.ts',
  ],
  timeoutMS: 10000,
});

import { area } from './stryker.common.mjs';

/**
 * `npm run mutation -- domain`: the domain's rules (`case/rules`: admitting a command, the rules of intake,
 * investigation, prosecution, court and integrity), against the domain's unit specs, each mutant against the tests
 * that reach it. Deciding and evolving (`case/decide*`, `case/evolve*`, about 600 more mutants, an hour at load 15)
 * are not in this run: add `--mutate 'libs/domain/src/case/decide/*.ts'` and the like to test them.
 */
export default area('domain', {
  coverageAnalysis: 'perTest',
  // Code run only while a module loads (tables of rules and fields) is reached by no single test: counted, not tested.
  ignoreStatic: true,
  mutate: [
    'libs/domain/src/case/rules/*.ts',
  ],
  // 10 s timed out two mutants in three at load 15-26 (a timeout counts as killed and restarts jest): more room.
  timeoutMS: 30000,
});

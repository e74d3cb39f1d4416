import { common } from './stryker.common.mjs';

/**
 * `npm run mutation -- domain`: the domain's rules (deciding a command, admitting a fact, evolving the state),
 * against the domain's unit specs, each mutant against the tests that reach it.
 */
export default {
  ...common,
  jest: { configFile: 'test/mutation/jest.domain.config.js', enableFindRelatedTests: false },
  coverageAnalysis: 'perTest',
  // Code run only while a module loads (tables of rules and fields) is reached by no single test: counted, not tested.
  ignoreStatic: true,
  mutate: [
    'libs/domain/src/case/decide.ts',
    'libs/domain/src/case/decide/*.ts',
    'libs/domain/src/case/rules/*.ts',
    'libs/domain/src/case/evolve.ts',
    'libs/domain/src/case/evolve/*.ts',
  ],
  incrementalFile: 'reports/mutation/domain.incremental.json',
  jsonReporter: { fileName: 'reports/mutation/domain.json' },
  timeoutMS: 10000,
};

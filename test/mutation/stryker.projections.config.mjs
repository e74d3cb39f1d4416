import { area } from './stryker.common.mjs';

/**
 * `npm run mutation -- projections`: the projection library (the runner's catch-up and resume, generations and their
 * switch, a rebuild, touched rows, batched writes, leases), against its own integration specs and the read models'
 * batch folds, on the database of DATABASE_URL, each mutant against the tests that reach it.
 */
export default area('projections', {
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  mutate: [
    'libs/projections/src/projection-runner.ts',
    'libs/projections/src/generations.ts',
    'libs/projections/src/rebuild.ts',
    'libs/projections/src/touched-rows.ts',
    'libs/projections/src/batched-writes.ts',
    'libs/projections/src/projection-leases.ts',
    'libs/projections/src/table-shape.ts',
  ],
  timeoutMS: 30000,
});

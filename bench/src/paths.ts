import { join, resolve } from 'node:path';

/** The repository: this file runs from bench/dist/bench/src. */
export const REPO_ROOT = resolve(__dirname, '../../../..');
/** Where `tsc -p bench/tsconfig.json` puts the bench and everything it compiles (the API included). */
export const BENCH_DIST = join(REPO_ROOT, 'bench/dist');
/** Loaded with `node -r` by every process the bench starts, so `@casetrail/*` resolves to the compiled libs. */
export const ALIASES = join(BENCH_DIST, 'bench/src/aliases.js');
export const RESULTS_DIR = join(REPO_ROOT, 'bench/results');

/**
 * `npm run mutation -- [area...] [stryker options]`: StrykerJS on each area named (all five when none), one after
 * another. Options pass through, e.g. `npm run mutation -- event-store --concurrency 1`.
 */
import { spawnSync } from 'node:child_process';

const AREAS = ['domain', 'reporting', 'scope', 'event-store', 'projections'];
const args = process.argv.slice(2);
// A word not after an option (`--concurrency 1`) names an area.
const isArea = (a, i) => !a.startsWith('-') && !(args[i - 1] ?? '').startsWith('-');
const named = args.filter(isArea);
const options = args.filter((a, i) => !isArea(a, i));
const unknown = named.filter((a) => !AREAS.includes(a));
if (unknown.length > 0) {
  console.error(`unknown area ${unknown.join(', ')}; areas: ${AREAS.join(', ')}`);
  process.exit(2);
}
for (const area of named.length > 0 ? named : AREAS) {
  const run = spawnSync('npx', ['stryker', 'run', `test/mutation/stryker.${area}.config.mjs`, ...options], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

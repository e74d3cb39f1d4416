/**
 * `node test/mutation/partial.mjs <area>`: what a mutation run has tested so far, read from its event-recorder files
 * (reports/mutation/<area>-events), also after the run was stopped: counts by status, StrykerJS's score formula
 * over what was tested, and each survivor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const area = process.argv[2];
if (!area) {
  console.error('usage: node test/mutation/partial.mjs <area>');
  process.exit(2);
}
const dir = join('reports', 'mutation', `${area}-events`);
const tested = readdirSync(dir)
  .filter((name) => name.endsWith('-onMutantTested.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
const count = {};
for (const mutant of tested) count[mutant.status] = (count[mutant.status] ?? 0) + 1;
const detected = (count.Killed ?? 0) + (count.Timeout ?? 0);
const valid = detected + (count.Survived ?? 0) + (count.NoCoverage ?? 0);
console.log(`${area}: ${tested.length} tested`, count);
console.log(`score over those tested: ${valid === 0 ? 'n/a' : ((100 * detected) / valid).toFixed(1)}%`);
for (const m of tested.filter((t) => t.status === 'Survived' || t.status === 'NoCoverage')) {
  console.log(`${m.status}: ${m.fileName}:${m.location.start.line} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`);
}

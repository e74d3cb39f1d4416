import { rebuildProjections } from '@casetrail/projections';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { PROJECTIONS } from '@casetrail/read-models';
import { freshDatabase, databaseUrl } from './databases';
import { CasetrailSystem } from './systems/casetrail';
import { POOL_SIZE } from './systems/open-system';

/**
 * Workload 5's headline (every projection rebuilt together, one read of the log) in a process of its own,
 * so a CPU profile holds the rebuild and nothing else (`npm run bench -- --profile` profiles the API only):
 *   node -r ./bench/dist/bench/src/aliases.js bench/dist/bench/src/rebuild-profile.js 8700 --load-only
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof-rebuild -r ./bench/dist/bench/src/aliases.js bench/dist/bench/src/rebuild-profile.js 8700 --loaded
 *   npm run bench:profile -- /tmp/prof-rebuild 30
 * ONLY_PROJECTIONS=case_list,government_action rebuilds those only. The database (bench_casetrail_rebuild_profile)
 * is kept between runs; drop it when done.
 */
async function main(): Promise<void> {
  const cases = Number(process.argv[2] ?? 8700);
  const name = 'bench_casetrail_rebuild_profile';
  const loaded = process.argv.includes('--loaded');
  const url = loaded ? databaseUrl(name) : await freshDatabase(name);
  if (!loaded) {
    const loader = new CasetrailSystem(url, 2, false);
    await loader.prepare();
    await loadSyntheticCases(loader.store, { cases, seed: 8, from: '2019-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00Z') });
    await loader.pool.query('ANALYZE events');
    await loader.close();
    if (process.argv.includes('--load-only')) return;
  }
  const system = new CasetrailSystem(url, POOL_SIZE);
  const events = await system.count();
  const only = process.env.ONLY_PROJECTIONS?.split(',');
  const projections = only ? PROJECTIONS.filter((p) => only.includes(p.name)) : PROJECTIONS;
  const start = performance.now();
  await rebuildProjections(system.pool, system.store, projections, { totalEvents: async () => events });
  const seconds = (performance.now() - start) / 1000;
  console.log(`${projections.map((p) => p.name).join(',')}: ${events} events in ${seconds.toFixed(2)} s = ${Math.round(events / seconds)} events/s`);
  await system.close();
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});

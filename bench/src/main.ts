import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { databaseUrl, dropDatabase, freshDatabase, serverSettings, SERVER_URL } from './databases';
import { apiDetail, detailSections, rebuildDetail } from './details';
import { describeMachine, loadNow } from './machine';
import { RESULTS_DIR as RESULTS } from './paths';
import type { RunResults } from './results';
import { markdownTable, tableRows } from './report';
import type { Outcome } from './outcome';
import { runJob } from './run-job';
import { FULL, QUICK, type BenchSettings } from './settings';
import { POOL_SIZE } from './systems/open-system';
import { SYSTEMS, type SystemName } from './systems/system';
import type { ApiResult } from './workloads/http-api';
import type { AppendsResult } from './workloads/appends';
import type { LedgerResult } from './workloads/ledger';
import type { RebuildResult } from './workloads/rebuild';
import type { CsvExportResult } from './workloads/csv-export';
import { csvExportRow } from './csv-export-row';
import { caseListRows } from './case-list-row';
import type { CaseListResult } from './workloads/case-list';
import { webFirstLoadRow } from './web-first-load-row';
import { runWebFirstLoad, type WebFirstLoadResult } from './workloads/web-first-load';
import { claimBundleRow } from './claim-bundle-row';
import type { ClaimBundleResult } from './workloads/claim-bundle';
import type { TimeTravelResult, TimeTravelStore } from './workloads/time-travel';

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  const result = await work();
  const failed = (result as { ok?: boolean }).ok === false ? ` FAILED: ${(result as unknown as { error: string }).error.split('\n')[0]}` : '';
  log(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s${failed}`);
  return result;
}

/** One run: every workload, the systems in `order`, each job in a child process on a fresh database. */
/** `--only appends,rebuild,...`: run those workloads only (while working on one; the table is then partial). */
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : null;
const wanted = (workload: 'appends' | 'time-travel' | 'ledger' | 'rebuild' | 'api' | 'csv' | 'case-list' | 'web' | 'claim-bundle') => !ONLY || ONLY.has(workload);

async function oneRun(settings: BenchSettings, run: number, stores: Map<SystemName, TimeTravelStore>): Promise<RunResults> {
  const order = SYSTEMS.map((_, i) => SYSTEMS[(i + run - 1) % SYSTEMS.length]!);
  const start = loadNow();
  const appends: RunResults['appends'] = {};
  for (const system of wanted('appends') ? order : []) {
    const name = `bench_${system}_appends_${run}`;
    const url = await freshDatabase(name);
    appends[system] = await timed(`run ${run}: appends, ${system}`, () =>
      runJob<AppendsResult>({ kind: 'appends', system, url, sizes: settings.appends }),
    );
    await dropDatabase(name);
  }
  const timeTravel: RunResults['timeTravel'] = {};
  for (const system of wanted('time-travel') || wanted('ledger') ? order : []) {
    const name = `bench_${system}_timetravel`;
    const built = stores.get(system) ?? null;
    const url = built ? databaseUrl(name) : await freshDatabase(name);
    const outcome = await timed(`run ${run}: time travel, ${system}${built ? '' : ' (building the store)'}`, () =>
      runJob<TimeTravelResult>({ kind: 'time-travel', system, url, sizes: settings.timeTravel, built }),
    );
    if (outcome.ok) stores.set(system, outcome.result.store);
    timeTravel[system] = outcome;
  }
  // The ledger seals casetrail's time-travel store (sealed once, in run 1), then proves and audits it.
  const ledger = !wanted('ledger')
    ? undefined
    : stores.has('casetrail')
    ? await timed(`run ${run}: ledger${run === 1 ? ' (sealing the store)' : ''}`, () =>
        runJob<LedgerResult>({ kind: 'ledger', system: 'casetrail', url: databaseUrl('bench_casetrail_timetravel'), sizes: settings.ledger, firstRun: run === 1 }),
      )
    : ({ ok: false, error: 'the time-travel store was not built' } as const);
  const rebuildUrl = !wanted('rebuild') ? null : run === 1 ? await freshDatabase('bench_casetrail_rebuild') : databaseUrl('bench_casetrail_rebuild');
  const rebuild = rebuildUrl === null ? undefined : await timed(`run ${run}: rebuild${run === 1 ? ' (loading the cases)' : ''}`, () =>
    runJob<RebuildResult>({ kind: 'rebuild', system: 'casetrail', url: rebuildUrl, sizes: settings.rebuild, loaded: run > 1 }),
  );
  let api;
  if (wanted('api')) {
    const apiName = `bench_casetrail_api_${run}`;
    const apiUrl = await freshDatabase(apiName);
    api = await timed(`run ${run}: HTTP API`, () => runJob<ApiResult>({ kind: 'api', system: 'casetrail', url: apiUrl, sizes: settings.api }));
    await dropDatabase(apiName);
  }
  return { run, order, loadAverage: { start, end: loadNow() }, appends, timeTravel, rebuild, api, ledger };
}

async function measureWeb(settings: BenchSettings): Promise<Outcome<WebFirstLoadResult>> {
  try {
    return { ok: true, result: await runWebFirstLoad(settings.web) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function main(): Promise<void> {
  const chosen = process.argv.includes('--quick') ? QUICK : FULL;
  // --profile DIR: the API service writes a V8 CPU profile of its run there (open it in Chrome's DevTools).
  const profileAt = process.argv.indexOf('--profile');
  const settings: BenchSettings =
    profileAt > 0 && process.argv[profileAt + 1] ? { ...chosen, api: { ...chosen.api, cpuProfileDir: process.argv[profileAt + 1] } } : chosen;
  const startedAt = new Date();
  const machine = describeMachine();
  const server = await serverSettings();
  log(`${settings.mode} mode, ${settings.runs} run(s), PostgreSQL ${server.server_version} at ${new URL(SERVER_URL).host}`);
  const runs: RunResults[] = [];
  const stores = new Map<SystemName, TimeTravelStore>();
  try {
    for (let run = 1; run <= settings.runs; run++) runs.push(await oneRun(settings, run, stores));
  } finally {
    for (const system of SYSTEMS) await dropDatabase(`bench_${system}_timetravel`);
    await dropDatabase('bench_casetrail_rebuild');
  }
  // The CSV export needs no database: measured once, in a process of its own.
  const csvRows = settings.mode === 'quick' ? 10_000 : 100_000;
  const csv = wanted('csv')
    ? await timed('CSV export', () => runJob<CsvExportResult>({ kind: 'csv-export', system: 'casetrail', sizes: { rows: csvRows } }))
    : undefined;
  // The case list: once, on a database of its own, its rows loaded directly (see caseListRows).
  const caseList = wanted('case-list')
    ? await timed('case list', async () => {
        const url = await freshDatabase('bench_casetrail_case_list');
        try {
          return await runJob<CaseListResult>({ kind: 'case-list', system: 'casetrail', url, sizes: settings.caseList });
        } finally {
          await dropDatabase('bench_casetrail_case_list');
        }
      })
    : undefined;
  // The page's first load: chromium driving the built page against a seeded service, in processes of its own.
  const web = wanted('web') ? await timed('web first load', () => measureWeb(settings)) : undefined;
  // Each claim bundle once, in a process of its own with the heap a million leaves need.
  const bundles: { events: number; outcome: Outcome<ClaimBundleResult> }[] = [];
  for (const events of wanted('claim-bundle') ? settings.claimBundleEvents : []) {
    const outcome = await timed(`claim bundle, ${events} events`, () =>
      runJob<ClaimBundleResult>({ kind: 'claim-bundle', system: 'casetrail', sizes: { events } }, { nodeOptions: ['--max-old-space-size=12288'], timeoutMinutes: 40 }),
    );
    bundles.push({ events, outcome });
    log(`  ${claimBundleRow(outcome, events).casetrail}`); // each size's figures as soon as they are known (1,000,000 takes long)
  }
  const rows = [
    ...tableRows(runs, settings.api.fixedRate),
    ...(csv ? [csvExportRow(csv, csvRows)] : []),
    ...(caseList ? caseListRows(caseList, settings.mode === 'quick') : []),
    ...(web ? [webFirstLoadRow(web)] : []),
    ...bundles.map((bundle) => claimBundleRow(bundle.outcome, bundle.events)),
  ];
  const finishedAt = new Date();
  const command = `npm run bench${settings.mode === 'quick' ? ' -- --quick' : ''}`;
  const minutes = ((finishedAt.getTime() - startedAt.getTime()) / 60_000).toFixed(1);
  const markdown = [
    `## casetrail benchmarks (${settings.mode})`,
    `\`${command}\` on ${startedAt.toISOString()}, ${minutes} min; ${settings.runs} run(s), figures are the median (min–max) over runs; ` +
      `${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, PostgreSQL ${server.server_version} ` +
      `(synchronous_commit=${server.synchronous_commit}, shared_buffers=${server.shared_buffers}×8kB), casetrail ${machine.casetrailCommit}` +
      ` with ${machine.uncommittedFiles} uncommitted files, load average at start ${(machine.loadAverageAtStart as number[]).join(' ')}.`,
    markdownTable(rows),
    detailSections(runs),
  ].join('\n\n');
  const report = {
    command, mode: settings.mode, startedAt, finishedAt, machine, server,
    settings: { ...settings, poolSize: POOL_SIZE },
    table: rows, runs, csvExport: csv, caseList, webFirstLoad: web, claimBundles: bundles,
  };
  if (ONLY) {
    const measured = rows.filter((row) => !row.casetrail.startsWith('–')); // the workloads run
    const detail = (wanted('rebuild') ? `\n\n${rebuildDetail(runs)}` : '') + (wanted('api') ? `\n\n${apiDetail(runs)}` : '');
    process.stdout.write(`\n${markdownTable(measured)}${detail}\n\n(--only ${[...ONLY].join(',')}: nothing written to bench/results)\n`);
    return;
  }
  if (!existsSync(RESULTS)) mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${settings.mode}.json`), JSON.stringify(report, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n');
  writeFileSync(join(RESULTS, `${settings.mode}.md`), markdown + '\n');
  process.stdout.write(`\n${markdown}\n\nWritten to bench/results/${settings.mode}.json and bench/results/${settings.mode}.md\n`);
  if (rows.some((row) => row.verdict === 'FAILED')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

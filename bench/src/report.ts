import { firstError, succeeded, type Outcome } from './outcome';
import type { RunResults } from './results';
import { median, summarise } from './stats';
import { SYSTEMS, type SystemName } from './systems/system';

export type Verdict = 'met' | 'missed' | 'FAILED' | 'n/a' | 'not measured';

/** One line of the table: a workload, each system's figure, how casetrail compares, and the target. */
export interface Row {
  readonly workload: string;
  readonly unit: string;
  readonly casetrail: string;
  readonly raw: string;
  readonly emmett: string;
  readonly comparison: string;
  readonly target: string;
  readonly verdict: Verdict;
}

const number = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (n: number) => (Number.isFinite(n) ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : '–');
const times = (n: number) => (Number.isFinite(n) ? `${n < 0.1 ? n.toPrecision(2) : n.toFixed(2)}×` : '–');

/** "median (min–max)" over the runs, or the one value. */
function spread(values: readonly number[], format: (n: number) => string): string {
  if (values.length === 0) return '–';
  const s = summarise(values);
  return values.length === 1 ? format(s.median) : `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
}

/** Per-run ratio a/b, over the runs where both were measured; answers their median. */
function ratio<T>(runs: readonly RunResults[], pick: (run: RunResults) => [T | undefined, T | undefined], value: (t: T) => number): number {
  const ratios = runs.flatMap((run) => {
    const [a, b] = pick(run);
    return a !== undefined && b !== undefined ? [value(a) / value(b)] : [];
  });
  return median(ratios);
}

const ok = <T>(outcome: Outcome<T> | undefined): T | undefined => (outcome?.ok ? outcome.result : undefined);

function appendRow(runs: readonly RunResults[], workload: string, which: 'singleWriter' | 'concurrent' | 'batched'): Row {
  const cell = (system: SystemName) => {
    const outcomes = runs.map((r) => r.appends[system]);
    const results = succeeded(outcomes).map((a) => a[which]);
    const error = firstError(outcomes);
    const lost = results.some((r) => !r.stored) ? ' ✗ events lost' : '';
    return error ? `error: ${error}` : spread(results.map((r) => r.eventsPerSecond), number) + lost;
  };
  const vsRaw = ratio(runs, (r) => [ok(r.appends.casetrail)?.[which], ok(r.appends.raw)?.[which]], (t) => t.eventsPerSecond);
  const vsEmmett = ratio(runs, (r) => [ok(r.appends.casetrail)?.[which], ok(r.appends.emmett)?.[which]], (t) => t.eventsPerSecond);
  const casetrail = succeeded(runs.map((r) => r.appends.casetrail)).map((a) => a[which]);
  const verdict: Verdict =
    casetrail.length === 0 || casetrail.some((r) => !r.stored) ? 'FAILED' : vsRaw >= 0.7 && vsEmmett > 1 ? 'met' : 'missed';
  return {
    workload, unit: 'events/s', casetrail: cell('casetrail'), raw: cell('raw'), emmett: cell('emmett'),
    comparison: `${times(vsRaw)} raw, ${times(vsEmmett)} Emmett`, target: '≥ 0.7× raw and > Emmett', verdict,
  };
}

function readAllRow(runs: readonly RunResults[]): Row {
  const cell = (system: SystemName) => {
    const outcomes = runs.map((r) => r.appends[system]);
    const error = firstError(outcomes);
    if (error) return `error: ${error}`;
    const results = succeeded(outcomes).map((a) => a.readAll);
    const wrong = results.find((r) => !r.correct);
    const check = wrong
      ? ` ✗ WRONG: ${wrong.missing} missing, ${wrong.duplicated} twice, ${wrong.outOfStreamOrder} out of order (of ${wrong.expected})`
      : ' ✓ exactly once';
    return spread(results.map((r) => r.eventsPerSecond), number) + check;
  };
  const vsRaw = ratio(runs, (r) => [ok(r.appends.casetrail)?.readAll, ok(r.appends.raw)?.readAll], (t) => t.eventsPerSecond);
  const casetrail = succeeded(runs.map((r) => r.appends.casetrail)).map((a) => a.readAll);
  const verdict: Verdict = casetrail.length === 0 || casetrail.some((r) => !r.correct) ? 'FAILED' : vsRaw >= 0.7 ? 'met' : 'missed';
  return {
    workload: '4. read all in global order (after 2)', unit: 'events/s', casetrail: cell('casetrail'), raw: cell('raw'), emmett: cell('emmett'),
    comparison: `${times(vsRaw)} raw keyset scan`, target: '≥ 0.7× raw, exactly once', verdict,
  };
}

function rebuildRow(runs: readonly RunResults[]): Row {
  const outcomes = runs.map((r) => r.rebuild);
  const error = firstError(outcomes);
  const results = succeeded(outcomes);
  const vsRaw = median(results.map((r) => r.allProjectionsEventsPerSecond / r.rawReadEventsPerSecond));
  const wrong = results.find((r) => !r.exact || !r.readAllCheck.correct);
  const check = wrong
    ? ` ✗ WRONG: ${wrong.exact ? '' : 'a rebuild applied a different number of events than stored; '}read all: ${wrong.readAllCheck.missing} missing, ${wrong.readAllCheck.duplicated} twice, ${wrong.readAllCheck.outOfStreamOrder} out of order`
    : '';
  const stopped = results.flatMap((r) => r.projections.filter((p) => !p.finished));
  const unfinished = stopped.length
    ? ` (upper bound: ${[...new Set(stopped.map((p) => p.projection))].join(', ')} stopped at the cap, ${number(Math.min(...stopped.map((p) => p.events)))}–${number(Math.max(...stopped.map((p) => p.events)))} events applied)`
    : '';
  return {
    workload: `5. rebuild every projection at once, one read of the log (${number(results[0]?.events ?? NaN)} events)`,
    unit: 'events/s',
    casetrail: error ? `error: ${error}` : spread(results.map((r) => r.allProjectionsEventsPerSecond), number) + unfinished + check,
    raw: `read: ${spread(results.map((r) => r.rawReadEventsPerSecond), number)}`,
    emmett: 'n/a (casetrail only)',
    comparison: `${times(vsRaw)} raw read`,
    target: '≥ 0.25× raw read rate',
    verdict: error || results.length === 0 || wrong ? 'FAILED' : vsRaw >= 0.25 && stopped.length === 0 ? 'met' : 'missed',
  };
}

function timeTravelRow(runs: readonly RunResults[]): Row {
  const cell = (system: SystemName) => {
    const outcomes = runs.map((r) => r.timeTravel[system]);
    const error = firstError(outcomes);
    if (error) return `error: ${error}`;
    const results = succeeded(outcomes);
    const check = results.some((r) => !r.correct) ? ' ✗ WRONG events folded' : '';
    return `${spread(results.map((r) => r.p50Ms), ms)} (p99 ${ms(median(results.map((r) => r.p99Ms)))})${check}`;
  };
  const casetrail = succeeded(runs.map((r) => r.timeTravel.casetrail));
  const p50 = median(casetrail.map((r) => r.p50Ms));
  const storeEvents = casetrail[0]?.storeEvents ?? NaN;
  return {
    workload: `6. time travel: a 200-event case as of a moment, in ${number(storeEvents)} events`,
    unit: 'ms per query, median',
    casetrail: cell('casetrail'), raw: cell('raw'), emmett: cell('emmett'),
    comparison: `${times(ratio(runs, (r) => [ok(r.timeTravel.casetrail), ok(r.timeTravel.raw)], (t) => t.p50Ms))} raw's time`,
    target: '< 5 ms median',
    verdict: casetrail.length === 0 || casetrail.some((r) => !r.correct) ? 'FAILED' : p50 < 5 ? 'met' : 'missed',
  };
}

function apiRows(runs: readonly RunResults[], fixedRate: number): Row[] {
  const outcomes = runs.map((r) => r.api);
  const error = firstError(outcomes);
  const results = succeeded(outcomes);
  const describe = (loads: { requestsPerSecond: number; p50Ms: number; p90Ms: number; p99Ms: number; failures: number; timeouts: number }[]) =>
    error
      ? `error: ${error}`
      : `${spread(loads.map((l) => l.requestsPerSecond), number)} req/s; p50 ${ms(median(loads.map((l) => l.p50Ms)))}, ` +
        `p90 ${ms(median(loads.map((l) => l.p90Ms)))}, p99 ${spread(loads.map((l) => l.p99Ms), ms)} ms` +
        (loads.some((l) => l.failures > 0) ? `; ${Math.max(...loads.map((l) => l.failures))} failed` : '') +
        (loads.some((l) => l.timeouts > 0) ? `; ${Math.max(...loads.map((l) => l.timeouts))} timed out` : '');
  const fixed = results.map((r) => r.fixedRate);
  const rate = median(fixed.map((l) => l.requestsPerSecond));
  const p99 = median(fixed.map((l) => l.p99Ms));
  const bare = (load: 'fixedRate' | 'saturation') => `bare server: ${error ? '–' : describe(results.map((r) => r.bare[load]))}`;
  const throughput = ratio(runs, (r) => [ok(r.api)?.saturation, ok(r.api)?.bare.saturation], (l) => l.requestsPerSecond);
  const p99Ratio = ratio(runs, (r) => [ok(r.api)?.fixedRate, ok(r.api)?.bare.fixedRate], (l) => l.p99Ms);
  const failing = (loads: readonly { failures: number }[]) => error || results.length === 0 || loads.some((l) => l.failures > 0);
  const n = (kind: string) => `7. HTTP API, ${kind}`;
  return [
    {
      workload: n(`${fixedRate} req/s offered (¼ commands, ¾ queries)`), unit: 'req/s served; latency ms',
      casetrail: describe(fixed), raw: bare('fixedRate'), emmett: 'n/a', comparison: `p99 ${times(p99Ratio)} the bare server's`,
      target: `${fixedRate} req/s with p99 < 50 ms`,
      verdict: failing([...fixed, ...results.map((r) => r.bare.fixedRate)]) ? 'FAILED' : rate >= 0.97 * fixedRate && p99 < 50 ? 'met' : 'missed',
    },
    {
      workload: n('saturation (same mix, closed loop)'), unit: 'req/s served; latency ms',
      casetrail: describe(results.map((r) => r.saturation)), raw: bare('saturation'), emmett: 'n/a',
      comparison: `${times(throughput)} the bare server's throughput`, target: '≥ 0.5× the bare server',
      verdict: failing(results.flatMap((r) => [r.saturation, r.bare.saturation])) ? 'FAILED' : throughput >= 0.5 ? 'met' : 'missed',
    },
  ];
}

function ledgerRows(runs: readonly RunResults[]): Row[] {
  const outcomes = runs.map((r) => r.ledger);
  const error = firstError(outcomes);
  const results = succeeded(outcomes);
  const leaves = number(results[0]?.leaves ?? NaN);
  const sealing = results.flatMap((r) => (r.sealing ? [r.sealing] : []));
  const audits = results.flatMap((r) => (r.audit ? [r.audit] : []));
  const p50 = median(results.map((r) => r.proofP50Ms));
  const failed = (extra: boolean) => (error || results.length === 0 || extra ? 'FAILED' : null);
  return [
    {
      workload: `8a. ledger: seal ${leaves} events into the Merkle tree`, unit: 'events/s',
      casetrail: error ? `error: ${error}` : spread(sealing.map((s) => s.eventsPerSecond), number),
      raw: 'n/a', emmett: 'n/a (no ledger)', comparison: '', target: '(sealing rate)', verdict: failed(sealing.length === 0) ?? 'n/a',
    },
    {
      workload: `8b. ledger: inclusion proof at ${leaves} leaves`, unit: 'ms per proof, median',
      casetrail: error ? `error: ${error}` : `${spread(results.map((r) => r.proofP50Ms), ms)} (p99 ${ms(median(results.map((r) => r.proofP99Ms)))})` +
        (results.every((r) => r.proofsVerified) ? ' ✓ every proof verifies' : ' ✗ a proof did not verify'),
      raw: 'n/a', emmett: 'n/a (no ledger)', comparison: '', target: '< 5 ms median',
      verdict: failed(!results.every((r) => r.proofsVerified)) ?? (p50 < 5 ? 'met' : 'missed'),
    },
    {
      workload: `8c. ledger: full audit of ${leaves} events (recompute every leaf, check the signed root)`, unit: 'events/s',
      casetrail: error ? `error: ${error}` : `${spread(audits.map((a) => a.eventsPerSecond), number)}; ${spread(audits.map((a) => a.seconds), (n) => n.toFixed(1))} s` +
        (audits.every((a) => a.passed) ? ' ✓ passed' : ' ✗ FAILED'),
      raw: 'n/a', emmett: 'n/a (no ledger)', comparison: '', target: '(audit rate)',
      verdict: failed(audits.length === 0 || !audits.every((a) => a.passed)) ?? 'n/a',
    },
  ];
}

/** The table: one row per workload (two for the API, three for the ledger), figures as median (min–max) over the runs. */
export function tableRows(runs: readonly RunResults[], fixedRate: number): Row[] {
  return [
    appendRow(runs, '1. append, 1 event/tx, 1 writer, 1,000 streams', 'singleWriter'),
    appendRow(runs, '2. append, 1 event/tx, 8 writers, 1,000 streams', 'concurrent'),
    appendRow(runs, '3. append, 100 events/tx', 'batched'),
    readAllRow(runs),
    rebuildRow(runs),
    timeTravelRow(runs),
    ...apiRows(runs, fixedRate),
    ...ledgerRows(runs),
  ];
}

const escape = (text: string) => text.replace(/\|/g, '\\|');

/** The table as GitHub markdown. */
export function markdownTable(rows: readonly Row[]): string {
  const header = ['workload', 'unit', ...SYSTEMS.map((s) => ({ casetrail: 'casetrail', raw: 'raw pg', emmett: 'Emmett' })[s]), 'casetrail vs', 'target', 'verdict'];
  const lines = rows.map((r) =>
    [r.workload, r.unit, r.casetrail, r.raw, r.emmett, r.comparison, r.target, r.verdict === 'met' ? 'met' : `**${r.verdict}**`].map(escape),
  );
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

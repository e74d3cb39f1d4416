import { succeeded } from './outcome';
import type { RunResults } from './results';
import { median } from './stats';
import { SYSTEM_LABELS, SYSTEMS } from './systems/system';

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const whole = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** Latency per append (one transaction), median over runs of each run's percentile. */
function appendLatencies(runs: readonly RunResults[]): string {
  const rows = SYSTEMS.map((system) => {
    const results = succeeded(runs.map((r) => r.appends[system]));
    const cell = (which: 'singleWriter' | 'concurrent' | 'batched') =>
      `${fixed(median(results.map((a) => a[which].p50Ms)), 2)} / ${fixed(median(results.map((a) => a[which].p99Ms)), 2)}`;
    return [SYSTEM_LABELS[system], cell('singleWriter'), cell('concurrent'), cell('batched')];
  });
  return table(['ms per append, p50 / p99', '1 writer', '8 writers', '100 events/tx'], rows);
}

/** The rate over the first and the last stretch of a rebuild: a falling rate means work growing with the table. */
function rateTrend(progress: readonly (readonly [number, number])[]): string {
  if (progress.length < 3) return '';
  const [t0, d0] = progress[0]!;
  const [t1, d1] = progress[1]!;
  const [ta, da] = progress[progress.length - 2]!;
  const [tb, db] = progress[progress.length - 1]!;
  return `${whole((d1 - d0) / (t1 - t0))} → ${whole((db - da) / (tb - ta))}`;
}

export function rebuildDetail(runs: readonly RunResults[]): string {
  const results = succeeded(runs.map((r) => r.rebuild));
  if (results.length === 0) return '(not measured)';
  const names = results[0]!.projections.map((p) => p.projection);
  const rows = names.map((name) => {
    const rebuilt = results.map((r) => r.projections.find((p) => p.projection === name)!);
    const finished = rebuilt.every((p) => p.finished) ? 'yes' : `stopped at the cap (${rebuilt.map((p) => whole(p.events)).join(', ')} applied)`;
    return [name, fixed(median(rebuilt.map((p) => p.seconds)), 2), whole(median(rebuilt.map((p) => p.eventsPerSecond))), rateTrend(rebuilt[0]!.progress), finished];
  });
  rows.push(['casetrail readAll (pages of 1,000)', '', whole(median(results.map((r) => r.readAllEventsPerSecond))), '', '']);
  rows.push(['raw keyset scan (pages of 1,000)', '', whole(median(results.map((r) => r.rawReadEventsPerSecond))), '', '']);
  const loaded = results.find((r) => r.loadSeconds !== null);
  const note = loaded ? `\n\n${whole(loaded.events)} events loaded through the domain in ${fixed(loaded.loadSeconds!, 1)} s (first run).` : '';
  return table(['projection', 'seconds', 'events/s', 'rate first → last second (run 1)', 'finished'], rows) + note;
}

function timeTravelDetail(runs: readonly RunResults[]): string {
  const rows = SYSTEMS.map((system) => {
    const results = succeeded(runs.map((r) => r.timeTravel[system]));
    const pick = (f: (r: (typeof results)[number]) => number, digits = 2) => fixed(median(results.map(f)), digits);
    const load = results.find((r) => r.store)?.store.loadSeconds ?? NaN;
    return [SYSTEM_LABELS[system], pick((r) => r.p50Ms), pick((r) => r.p90Ms), pick((r) => r.p99Ms), fixed(load, 0)];
  });
  return table(['time travel, ms per query', 'p50', 'p90', 'p99', 'store built in (s)'], rows);
}

export function apiDetail(runs: readonly RunResults[]): string {
  const results = succeeded(runs.map((r) => r.api));
  if (results.length === 0) return '(not measured)';
  const last = results[results.length - 1]!;
  const rows = (['fixedRate', 'saturation'] as const).flatMap((load) =>
    Object.entries(last[load].statuses).map(([kind, statuses]) => [
      load === 'fixedRate' ? 'fixed rate' : 'saturation',
      kind,
      Object.entries(statuses).map(([status, n]) => `${status}: ${n}`).join(', '),
    ]),
  );
  return table(['load', 'request', 'answers (last run)'], rows);
}

/** The figures behind the table: latencies, each projection, each kind of request, the machine's load. */
export function detailSections(runs: readonly RunResults[]): string {
  const load = table(
    ['run', 'order', 'load average at start', 'at end'],
    runs.map((r) => [String(r.run), r.order.join(', '), r.loadAverage.start.join(' '), r.loadAverage.end.join(' ')]),
  );
  return [
    '### Appends: latency', appendLatencies(runs),
    '### Rebuild, per projection (median over runs)', rebuildDetail(runs),
    '### Time travel', timeTravelDetail(runs),
    '### HTTP API: answers by request', apiDetail(runs),
    '### Runs', load,
  ].join('\n\n');
}

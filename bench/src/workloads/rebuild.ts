import { physicalTable, rebuildProjections, type Projection } from '@casetrail/projections';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { PROJECTIONS } from '@casetrail/read-models';
import { checkGlobalRead, type GlobalReadCheck } from '../global-read-check';
import { since } from '../stats';
import { CasetrailSystem } from '../systems/casetrail';

export interface RebuildSizes {
  /** Synthetic cases loaded through the domain (about 11.5 events each). */
  readonly cases: number;
  readonly pageSize: number;
  /** A projection's rebuild still running after this long is stopped, and its rate so far reported. */
  readonly capSeconds: number;
}

export interface ProjectionRebuild {
  readonly projection: string;
  readonly seconds: number;
  readonly events: number;
  readonly eventsPerSecond: number;
  /** False when stopped at the cap. */
  readonly finished: boolean;
  /** A finished rebuild applied exactly the events stored. */
  readonly exact: boolean;
  /** [seconds since start, events applied], about one a second: a rate that falls as it goes shows work growing with the table. */
  readonly progress: readonly (readonly [number, number])[];
}

export interface RebuildResult {
  readonly events: number;
  /** Null when the store was loaded by an earlier run. */
  readonly loadSeconds: number | null;
  /** A keyset scan of the same events table on the same pool, rows as pg hands them over. */
  readonly rawReadEventsPerSecond: number;
  /** casetrail's readAll over the same events (what each rebuild batch starts with). */
  readonly readAllEventsPerSecond: number;
  /** That read checked against the events table: each event once, each case in version order. */
  readonly readAllCheck: GlobalReadCheck;
  readonly projections: readonly ProjectionRebuild[];
  /** Every projection rebuilt together, as `projections rebuild` does (the last of `projections`): events / seconds. */
  readonly allProjectionsEventsPerSecond: number;
  /** Did every rebuild finish within the cap? */
  readonly complete: boolean;
  /** Did every finished rebuild apply exactly the events stored? */
  readonly exact: boolean;
}

class CapReached extends Error {}

/** The label of the rebuild of every projection at once. */
export const ALL_TOGETHER = 'all together (one read of the log)';

async function rawScan(system: CasetrailSystem, pageSize: number): Promise<number> {
  let after = '0';
  let read = 0;
  for (;;) {
    const { rows } = await system.pool.query<{ position: string }>(
      'SELECT * FROM events WHERE position > $1 ORDER BY position LIMIT $2',
      [after, pageSize],
    );
    if (rows.length === 0) return read;
    read += rows.length;
    after = rows[rows.length - 1]!.position;
  }
}

async function rate(work: () => Promise<number>): Promise<number> {
  await work(); // warm: the same pages, untimed
  const start = performance.now();
  const events = await work();
  return events / (since(start) / 1000);
}

/** Realistic cases through the domain into casetrail's store (commits not waiting for the disk); answers the seconds it took. */
async function load(url: string, cases: number): Promise<number> {
  const start = performance.now();
  const loader = new CasetrailSystem(url, 2, false);
  try {
    await loadSyntheticCases(loader.store, {
      cases,
      seed: 8,
      from: '2019-04-01T00:00:00+02:00',
      until: new Date('2024-06-30T00:00:00Z'),
    });
    await loader.pool.query('ANALYZE events');
  } finally {
    await loader.close();
  }
  return since(start) / 1000;
}

/** A stopped rebuild would be resumed by the next run's: its generation is removed, as if it never started. */
async function discardBuilding(system: CasetrailSystem, projection: Projection): Promise<void> {
  const { rows } = await system.pool.query<{ generation: number }>(
    "DELETE FROM projection_generations WHERE projection = $1 AND status = 'building' RETURNING generation",
    [projection.name],
  );
  for (const { generation } of rows) {
    for (const logical of Object.keys(projection.tables)) {
      await system.pool.query(`DROP TABLE IF EXISTS ${physicalTable(projection.name, logical, generation)}`);
    }
  }
}

/** Rebuilds `projections` together (one read of the log for all), as `projections rebuild` does. */
async function rebuildTimed(system: CasetrailSystem, label: string, projections: readonly Projection[], events: number, capSeconds: number): Promise<ProjectionRebuild> {
  const start = performance.now();
  const progress: [number, number][] = [];
  const doneBy = new Map<string, number>();
  const done = () => Math.min(...projections.map((p) => doneBy.get(p.name) ?? 0));
  let finished = true;
  try {
    const results = await rebuildProjections(system.pool, system.store, projections, {
      totalEvents: async () => events,
      onProgress: (p) => {
        doneBy.set(p.projection, p.done);
        const seconds = since(start) / 1000;
        if (progress.length === 0 || seconds - progress[progress.length - 1]![0] >= 1) progress.push([+seconds.toFixed(2), done()]);
        if (seconds > capSeconds && done() < events) throw new CapReached();
      },
    });
    for (const result of results) doneBy.set(result.projection, result.events);
  } catch (error) {
    if (!(error instanceof CapReached)) throw error;
    finished = false;
    for (const projection of projections) await discardBuilding(system, projection);
  }
  const seconds = since(start) / 1000;
  progress.push([+seconds.toFixed(2), done()]);
  const exact = !finished || projections.every((p) => doneBy.get(p.name) === events);
  return { projection: label, seconds, events: done(), eventsPerSecond: done() / seconds, finished, exact, progress };
}

/**
 * Workload 5 (casetrail only): realistic cases through the domain (loaded by the first run), then every
 * projection rebuilt from the first event into a new generation: each alone (for the detail), then all of them
 * together as `npm run cli -- projections rebuild` does (the headline figure).
 */
export async function runRebuild(url: string, system: CasetrailSystem, sizes: RebuildSizes, loaded: boolean): Promise<RebuildResult> {
  const loadSeconds = loaded ? null : await load(url, sizes.cases);
  const events = await system.count();

  const rawReadEventsPerSecond = await rate(() => rawScan(system, sizes.pageSize));
  const readAllEventsPerSecond = await rate(async () => (await system.readAll(sizes.pageSize)).length);
  const { rows: stored } = await system.pool.query<{ event_id: string }>('SELECT event_id FROM events');
  const readAllCheck = checkGlobalRead(await system.readAll(sizes.pageSize), stored.map((row) => row.event_id));

  const projections: ProjectionRebuild[] = [];
  for (const projection of PROJECTIONS) projections.push(await rebuildTimed(system, projection.name, [projection], events, sizes.capSeconds));
  const together = await rebuildTimed(system, ALL_TOGETHER, PROJECTIONS, events, sizes.capSeconds);
  projections.push(together);
  return {
    events,
    loadSeconds,
    rawReadEventsPerSecond,
    readAllEventsPerSecond,
    readAllCheck,
    projections,
    allProjectionsEventsPerSecond: together.eventsPerSecond,
    complete: projections.every((p) => p.finished),
    exact: projections.every((p) => p.exact),
  };
}

import type { Pool } from 'pg';
import { compareGlobalPositions, type EventStore, type GlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { eventsAdvanced } from '@casetrail/database';
import { activateGeneration, applyEventsAfter, buildingGeneration, findGeneration, type Generation } from './generations';
import type { Projection } from './projection';

export interface RebuildProgress {
  readonly projection: string;
  readonly generation: number;
  readonly done: number;
  readonly total: number;
  readonly eventsPerSecond: number;
  readonly secondsLeft: number | null;
}

export interface RebuildOptions {
  readonly batchSize?: number;
  readonly totalEvents: () => Promise<number>;
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface Rebuilt {
  readonly projection: string;
  readonly generation: number;
  readonly events: number;
  readonly retired: number | null;
}

/** One projection's rebuild in progress: its generation, how far it is, how far it was when this run began. */
interface Building {
  readonly projection: Projection;
  generation: Generation;
  done: number;
  readonly resumedFrom: number;
}

const earliest = (positions: readonly GlobalPosition[]) => positions.reduce((a, b) => (compareGlobalPositions(a, b) <= 0 ? a : b));

/**
 * Rebuilds projections from the first event into fresh generations of their tables while queries keep
 * reading the active ones, then switches each over. The log is read once for all of them (the next page
 * read while the current one is applied), and each page is applied to every projection at once, each in
 * its own transaction. A rebuild that was killed resumes from each projection's own checkpoint, so it
 * ends with the same rows as one that was not.
 */
export async function rebuildProjections(
  pool: Pool,
  store: EventStore,
  projections: readonly Projection[],
  options: RebuildOptions,
): Promise<Rebuilt[]> {
  const batchSize = options.batchSize ?? 1000;
  if (projections.length === 0) return [];
  const buildings: Building[] = [];
  for (const projection of projections) {
    const generation = await buildingGeneration(pool, projection);
    buildings.push({ projection, generation, done: generation.eventsApplied, resumedFrom: generation.eventsApplied });
  }
  const total = await options.totalEvents();
  const started = Date.now();
  const read = (after: GlobalPosition) => store.readAll({ after, limit: batchSize });
  let next = read(earliest(buildings.map((b) => b.generation.checkpoint)));
  next.catch(() => undefined);
  for (;;) {
    const page = await next;
    if (page.length === 0) break;
    next = read(page[page.length - 1]!.globalPosition);
    next.catch(() => undefined); // awaited next time round; a failure applying this page must not leave it unhandled
    await Promise.all(buildings.map((building) => applyPage(pool, building, page)));
    for (const building of buildings) options.onProgress?.(progressOf(building, total, started));
  }
  const rebuilt: Rebuilt[] = [];
  for (const { projection, generation, done } of buildings) {
    const retired = await activateGeneration(pool, projection, generation.generation);
    rebuilt.push({ projection: projection.name, generation: generation.generation, events: done, retired });
  }
  return rebuilt;
}

/** One projection's rebuild, as `rebuildProjections` does it. */
export async function rebuildProjection(pool: Pool, store: EventStore, projection: Projection, options: RebuildOptions): Promise<Rebuilt> {
  return (await rebuildProjections(pool, store, [projection], options))[0]!;
}

/** Applies the page's events past the projection's checkpoint; after a race (another rebuild of it), carries on from where that one got. */
async function applyPage(pool: Pool, building: Building, page: readonly RecordedEvent[]): Promise<void> {
  for (;;) {
    const from = building.generation.checkpoint;
    const events = page.filter((event) => compareGlobalPositions(event.globalPosition, from) > 0);
    if (events.length === 0) return;
    const outcome = await applyEventsAfter(pool, building.projection, building.generation, events);
    if (outcome.kind !== 'raced') {
      // Caught up: retired under us (a newer rebuild switched over), nothing is applied to it any more.
      building.done += eventsAdvanced(outcome);
      building.generation = { ...building.generation, checkpoint: events[events.length - 1]!.globalPosition };
      return;
    }
    const now = await findGeneration(pool, building.projection.name, building.generation.generation);
    if (!now || now.status === 'retired') return;
    building.generation = now;
    building.done = now.eventsApplied;
  }
}

function progressOf(building: Building, total: number, started: number): RebuildProgress {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = (building.done - building.resumedFrom) / seconds;
  return {
    projection: building.projection.name,
    generation: building.generation.generation,
    done: building.done,
    total: Math.max(total, building.done),
    eventsPerSecond: Math.round(rate),
    secondsLeft: rate > 0 ? Math.max(0, Math.round((total - building.done) / rate)) : null,
  };
}

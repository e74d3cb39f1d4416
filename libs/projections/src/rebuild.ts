import type { Pool } from 'pg';
import type { EventStore } from '@casetrail/event-store';
import { activateGeneration, applyNextBatch, buildingGeneration, RACED } from './generations';
import type { Projection } from './projection';

export interface RebuildProgress {
  readonly projection: string;
  readonly generation: number;
  readonly done: number;
  readonly total: number;
  readonly eventsPerSecond: number;
  readonly secondsLeft: number | null;
}

/**
 * Rebuilds a projection from the first event into a fresh generation of its tables while queries keep
 * reading the active one, then switches over. A rebuild that was killed resumes from its own checkpoint,
 * so it ends with the same rows as one that was not.
 */
export async function rebuildProjection(
  pool: Pool,
  store: EventStore,
  projection: Projection,
  options: { batchSize?: number; totalEvents: () => Promise<number>; onProgress?: (progress: RebuildProgress) => void },
): Promise<{ generation: number; events: number; retired: number | null }> {
  const batchSize = options.batchSize ?? 1000;
  const building = await buildingGeneration(pool, projection);
  const total = await options.totalEvents();
  const started = Date.now();
  let done = building.eventsApplied;
  const resumedFrom = done;
  for (;;) {
    const applied = await applyNextBatch(pool, store, projection, building.generation, batchSize);
    if (applied === 0) break;
    if (applied === RACED) continue;
    done += applied;
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = (done - resumedFrom) / seconds;
    options.onProgress?.({
      projection: projection.name,
      generation: building.generation,
      done,
      total: Math.max(total, done),
      eventsPerSecond: Math.round(rate),
      secondsLeft: rate > 0 ? Math.max(0, Math.round((total - done) / rate)) : null,
    });
  }
  const retired = await activateGeneration(pool, projection, building.generation);
  return { generation: building.generation, events: done, retired };
}

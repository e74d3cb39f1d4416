import type { Pool, PoolClient } from 'pg';
import { advanced, CAUGHT_UP, FailedOnEvent, inTransaction, RACED, type BatchOutcome } from '@casetrail/database';
import { decodeGlobalPosition, encodeGlobalPosition, type EventStore, type GlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { physicalTable, viewName, type Projection, type ProjectionContext } from './projection';
import { BatchedWrites } from './batched-writes';
import { tableDefinition } from './table-shape';

/** A generation of a projection's tables: the active one answers queries, a building one is being rebuilt. */
export interface Generation {
  readonly projection: string;
  readonly generation: number;
  readonly status: 'building' | 'active' | 'retired';
  readonly checkpoint: GlobalPosition;
  readonly eventsApplied: number;
}

interface GenerationRow {
  projection: string;
  generation: number;
  status: Generation['status'];
  checkpoint: string;
  events_applied: string;
}

const toGeneration = (row: GenerationRow): Generation => ({
  projection: row.projection,
  generation: row.generation,
  status: row.status,
  checkpoint: decodeGlobalPosition(row.checkpoint),
  eventsApplied: Number(row.events_applied),
});

/** Serialises every writer of one projection (live runners in any process, and a rebuild's switch-over). */
export async function lockProjection(client: PoolClient, projection: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`casetrail.projection.${projection}`]);
}

async function createTables(client: PoolClient, projection: Projection, generation: number): Promise<void> {
  const table = (logical: string) => physicalTable(projection.name, logical, generation);
  for (const [logical, shape] of Object.entries(projection.tables)) {
    await client.query(`CREATE TABLE IF NOT EXISTS ${table(logical)} (${tableDefinition(shape)})`);
  }
  for (const ddl of projection.indexes?.(table) ?? []) await client.query(ddl);
}

async function pointViewsAt(client: PoolClient, projection: Projection, generation: number): Promise<void> {
  for (const logical of Object.keys(projection.tables)) {
    await client.query(`DROP VIEW IF EXISTS ${viewName(projection.name, logical)}`);
    await client.query(
      `CREATE VIEW ${viewName(projection.name, logical)} AS SELECT * FROM ${physicalTable(projection.name, logical, generation)}`,
    );
  }
}

/** The projection's generation in `status`, or a new one with fresh tables (views pointed at it when active). */
async function generationIn(pool: Pool, projection: Projection, status: 'active' | 'building'): Promise<Generation> {
  return inTransaction(pool, async (client) => {
    await lockProjection(client, projection.name);
    const { rows } = await client.query<GenerationRow>(
      'SELECT * FROM projection_generations WHERE projection = $1 AND status = $2',
      [projection.name, status],
    );
    if (rows[0]) {
      // Indexes added to a projection after its tables were made are created on its next start.
      const table = (logical: string) => physicalTable(projection.name, logical, rows[0]!.generation);
      for (const ddl of projection.indexes?.(table) ?? []) await client.query(ddl);
      return toGeneration(rows[0]);
    }
    const { rows: created } = await client.query<GenerationRow>(
      `INSERT INTO projection_generations (projection, generation, status, checkpoint)
       SELECT $1, coalesce(max(generation), 0) + 1, $2, '0:0' FROM projection_generations WHERE projection = $1
       RETURNING *`,
      [projection.name, status],
    );
    const generation = toGeneration(created[0]!);
    await createTables(client, projection, generation.generation);
    if (status === 'active') await pointViewsAt(client, projection, generation.generation);
    return generation;
  });
}

/** Makes sure the projection has an active generation (its first, empty, at the start of the log). */
export const ensureActiveGeneration = (pool: Pool, projection: Projection) => generationIn(pool, projection, 'active');

/** The generation being rebuilt (resumed where a killed rebuild stopped), or a fresh one. */
export const buildingGeneration = (pool: Pool, projection: Projection) => generationIn(pool, projection, 'building');

/** One generation of the projection (a number, or whichever is active), as stored now. */
export async function findGeneration(pool: Pool, projection: string, which: number | 'active'): Promise<Generation | null> {
  const { rows } = await pool.query<GenerationRow>(
    which === 'active'
      ? "SELECT * FROM projection_generations WHERE projection = $1 AND status = 'active'"
      : 'SELECT * FROM projection_generations WHERE projection = $1 AND generation = $2',
    which === 'active' ? [projection] : [projection, which],
  );
  return rows[0] ? toGeneration(rows[0]) : null;
}

/**
 * Applies the next page of events to one generation (a number, or whichever is 'active'), its rows and
 * checkpoint in one transaction. Events are read before the transaction opens (the embedded database
 * serves one transaction at a time, so nothing may wait on a second connection inside one); the
 * checkpoint is then re-checked under the projection's lock, and a batch that lost a race to another
 * runner is dropped. Answers how many events were applied, that it is caught up, or that another runner
 * applied them first (try again). A batch of one event that fails throws FailedOnEvent naming it.
 */
export async function applyNextBatch(
  pool: Pool,
  store: EventStore,
  projection: Projection,
  which: number | 'active',
  limit: number,
): Promise<BatchOutcome> {
  const before = await findGeneration(pool, projection.name, which);
  if (!before || before.status === 'retired') return CAUGHT_UP;
  const events = await store.readAll({ after: before.checkpoint, limit });
  if (events.length === 0) return CAUGHT_UP;
  try {
    return await applyEventsAfter(pool, projection, before, events);
  } catch (error) {
    if (events.length === 1) throw new FailedOnEvent(events[0]!.eventId, error);
    throw error;
  }
}

/**
 * Applies `events`, the events that follow `before.checkpoint` in the global order, to that generation
 * (rows and checkpoint in one transaction). Raced when its checkpoint is no longer `before.checkpoint`;
 * caught up (nothing applied) when the generation was retired meanwhile.
 */
export async function applyEventsAfter(
  pool: Pool,
  projection: Projection,
  before: Generation,
  events: readonly RecordedEvent[],
): Promise<BatchOutcome> {
  return inTransaction(pool, async (client) => {
    await lockProjection(client, projection.name);
    const { rows } = await client.query<GenerationRow>(
      'SELECT * FROM projection_generations WHERE projection = $1 AND generation = $2 FOR UPDATE',
      [projection.name, before.generation],
    );
    const row = rows[0];
    if (!row || row.status === 'retired') return CAUGHT_UP;
    if (row.checkpoint !== encodeGlobalPosition(before.checkpoint)) return RACED;
    const writes = new BatchedWrites(client);
    const context = {
      client: writes,
      table: (logical: string) => physicalTable(projection.name, logical, before.generation),
    };
    await applyHandled(projection, context, events.filter((event) => projection.handles.has(event.type)));
    await writes.flush();
    await client.query(
      `UPDATE projection_generations SET checkpoint = $3, events_applied = events_applied + $4, updated_at = now()
       WHERE projection = $1 AND generation = $2`,
      [projection.name, before.generation, encodeGlobalPosition(events[events.length - 1]!.globalPosition), events.length],
    );
    return advanced(events.length);
  });
}

async function applyHandled(projection: Projection, context: ProjectionContext, events: readonly RecordedEvent[]): Promise<void> {
  if (projection.applyBatch) {
    if (events.length > 0) await projection.applyBatch(context, events);
    return;
  }
  if (!projection.apply) throw new Error(`projection ${projection.name} has neither apply nor applyBatch`);
  for (const event of events) await projection.apply(context, event);
}

/**
 * Switches queries to a rebuilt generation in one transaction: the old one is retired and the views
 * point at the new tables. Events written since the rebuild's last batch are applied by the live
 * runner, which follows whichever generation is active from that generation's own checkpoint.
 */
export async function activateGeneration(pool: Pool, projection: Projection, generation: number): Promise<number | null> {
  const retired = await inTransaction(pool, async (client) => {
    await lockProjection(client, projection.name);
    const { rows } = await client.query<{ generation: number }>(
      "UPDATE projection_generations SET status = 'retired', updated_at = now() WHERE projection = $1 AND status = 'active' RETURNING generation",
      [projection.name],
    );
    await client.query(
      "UPDATE projection_generations SET status = 'active', activated_at = now(), updated_at = now() WHERE projection = $1 AND generation = $2",
      [projection.name, generation],
    );
    await pointViewsAt(client, projection, generation);
    return rows[0]?.generation ?? null;
  });
  if (retired !== null) {
    await inTransaction(pool, async (client) => {
      for (const logical of Object.keys(projection.tables)) {
        await client.query(`DROP TABLE IF EXISTS ${physicalTable(projection.name, logical, retired)}`);
      }
    });
  }
  return retired;
}

export async function generationsOf(pool: Pool, projection: string): Promise<Generation[]> {
  const { rows } = await pool.query<GenerationRow>(
    'SELECT * FROM projection_generations WHERE projection = $1 ORDER BY generation',
    [projection],
  );
  return rows.map(toGeneration);
}

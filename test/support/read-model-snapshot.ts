import type { Pool } from 'pg';
import { viewName, type Projection } from '@casetrail/projections';

/** Every row of every read model, in a stable order: for comparing a live build with a rebuild. */
export async function snapshotReadModels(pool: Pool, projections: readonly Projection[]): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const projection of projections) {
    for (const logical of Object.keys(projection.tables)) {
      const view = viewName(projection.name, logical);
      const { rows } = await pool.query(`SELECT t::text AS row FROM ${view} t ORDER BY t::text`);
      snapshot[view] = rows.map((r: { row: string }) => r.row);
    }
  }
  return snapshot;
}

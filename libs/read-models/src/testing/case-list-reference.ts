import type { RecordedEvent } from '@casetrail/event-store';
import { decodeCaseEvent, isCaseRecord } from '@casetrail/domain';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { caseListProjection, caseListRow, keptForList } from '../case-list/case-list.projection';
import type { ListedEvent } from '../case-list/listed-case';

/** The case list one event at a time, by other means: the event appended to the case's JSON by SQL, the row rewritten whole. */
export const referenceCaseListProjection: Projection = {
  ...caseListProjection,
  applyBatch: undefined,
  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    if (!isCaseRecord(event)) return;
    const cases = table('cases');
    const caseId = event.streamId.toLowerCase();
    const kept = JSON.stringify([keptForList(decodeCaseEvent(event))]);
    const { rows } = await client.query<{ events: ListedEvent[] }>(
      `SELECT coalesce((SELECT events FROM ${cases} WHERE case_id = $1), '[]'::jsonb) || $2::jsonb AS events`, [caseId, kept],
    );
    const row = caseListRow(caseId, rows[0]?.events ?? []);
    if (!row) return;
    await client.query(`DELETE FROM ${cases} WHERE case_id = $1`, [caseId]);
    const names = Object.keys(row) as (keyof typeof row)[];
    await client.query(
      `INSERT INTO ${cases} (${names.join(', ')}) VALUES (${names.map((name, i) => `$${i + 1}::${caseListProjection.tables.cases!.columns[name]!.replace('?', '')}`).join(', ')})`,
      names.map((name) => row[name]),
    );
  },
};

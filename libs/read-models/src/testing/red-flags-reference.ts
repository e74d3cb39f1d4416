import type { RecordedEvent } from '@casetrail/event-store';
import { decodeCaseEvent, isCaseRecord } from '@casetrail/domain';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { affectsFlags, caseRedFlags, type RecordedCaseEvent } from '@casetrail/reporting';
import { keptForFlags, redFlagsProjection } from '../red-flags/red-flags.projection';

/**
 * The red flags one event at a time, by other means: the event appended to the case's JSON by SQL, the
 * district moved by SQL, and the flags computed by `caseRedFlags` from the whole stored list.
 */
export const referenceRedFlagsProjection: Projection = {
  ...redFlagsProjection,
  applyBatch: undefined,
  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    if (!isCaseRecord(event)) return;
    const recorded = decodeCaseEvent(event);
    const [cases, flags] = [table('cases'), table('flags')];
    const caseId = event.streamId.toLowerCase();
    if (recorded.event.type === 'CaseReferred') {
      await client.query(`INSERT INTO ${cases} (case_id, district, events) VALUES ($1, $2, '[]') ON CONFLICT DO NOTHING`, [
        caseId, recorded.event.data.district,
      ]);
    }
    if (!affectsFlags(recorded.event)) return;
    const changes = recorded.event.type === 'EventCorrected' && recorded.event.data.correctedType === 'CaseReferred' ? recorded.event.data.changes : {};
    const moved = typeof changes.district === 'string' ? changes.district : null;
    await client.query(`UPDATE ${cases} SET events = events || $2::jsonb, district = COALESCE($3, district) WHERE case_id = $1`, [
      caseId, JSON.stringify([keptForFlags(recorded)]), moved,
    ]);
    const { rows } = await client.query<{ district: string; events: RecordedCaseEvent[] }>(`SELECT district, events FROM ${cases} WHERE case_id = $1`, [caseId]);
    const row = rows[0];
    if (!row) return;
    await client.query(`DELETE FROM ${flags} WHERE case_id = $1`, [caseId]);
    for (const flag of caseRedFlags(caseId, row.events)) {
      await client.query(
        `INSERT INTO ${flags} (case_id, flag_key, district, kind, ref, raised_at, raised_at_text, cleared_at, cleared_at_text, event_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $7, $8)`,
        [caseId, flag.key, row.district, flag.kind, flag.ref, flag.raisedAt, flag.clearedAt, JSON.stringify(flag.eventIds)],
      );
    }
  },
};

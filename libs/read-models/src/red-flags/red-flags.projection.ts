import type { RecordedEvent } from '@casetrail/event-store';
import type { CaseEvent } from '@casetrail/domain';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import {
  affectsFlags, FLAG_EVENT_TYPES, flagsOfFold, foldFlagEvent, type CaseFlagsFold, type RecordedCaseEvent, type RedFlag,
} from '@casetrail/reporting';
import { TouchedRows } from '@casetrail/projections';
import { caseEventsOf, caseIdsOf, type CaseRecord } from '../case-events';
import { countedEventData, movedDistrict } from '../government-action/government-action.projection';
import { FLAG_FOLDS, RED_FLAGS, type RedFlagRow } from './red-flags.tables';

/** What the fold keeps of an event: its id, when it was recorded, its data without free text or personal data. */
export function keptForFlags({ event, eventId, recordedAt }: CaseRecord): RecordedCaseEvent {
  return { eventId, recordedAt, event: { type: event.type, data: countedEventData(event) } as CaseEvent };
}

function rowOf(flag: RedFlag, district: string): RedFlagRow {
  return {
    case_id: flag.caseId, flag_key: flag.key, district, kind: flag.kind, ref: flag.ref,
    raised_at: flag.raisedAt, raised_at_text: flag.raisedAt, cleared_at: flag.clearedAt, cleared_at_text: flag.clearedAt,
    event_ids: JSON.stringify(flag.eventIds),
  };
}

/**
 * Each case's flag fold, and its red flags recomputed after every event that can change them (a case
 * holds tens of events); the flags of the cases a batch touches are replaced at once.
 */
export const redFlagsProjection: Projection = {
  name: 'red_flags',
  tables: { cases: FLAG_FOLDS, flags: RED_FLAGS },
  indexes: (table) => [`CREATE INDEX IF NOT EXISTS ${table('flags')}_raised ON ${table('flags')} (raised_at DESC)`],
  handles: new Set([...FLAG_EVENT_TYPES, 'EventCorrected']),

  async applyBatch({ client, table }: ProjectionContext, batch: readonly RecordedEvent[]): Promise<void> {
    const events = caseEventsOf(batch);
    const rows = await TouchedRows.load(client, table('cases'), FLAG_FOLDS, 'case_id', caseIdsOf(events));
    const folds = new Map<string, CaseFlagsFold>();
    for (const recorded of events) {
      const caseId = recorded.streamId.toLowerCase();
      if (recorded.event.type === 'CaseReferred') {
        rows.addIfAbsent({ case_id: caseId, district: recorded.event.data.district, events: '[]' });
      }
      const row = rows.get(caseId);
      if (!row || !affectsFlags(recorded.event)) continue;
      const fold = folds.get(caseId) ?? { caseId, events: JSON.parse(row.events) as RecordedCaseEvent[] };
      folds.set(caseId, foldFlagEvent(fold, keptForFlags(recorded)));
      rows.update(row, { district: movedDistrict(recorded) ?? row.district });
    }
    for (const [caseId, fold] of folds) {
      const row = rows.get(caseId);
      if (row) rows.update(row, { events: JSON.stringify(fold.events) });
    }
    await rows.write(client);
    if (folds.size === 0) return;
    const flags = [...folds].flatMap(([caseId, fold]) => flagsOfFold(fold).map((flag) => rowOf(flag, rows.get(caseId)?.district ?? 'unknown')));
    await client.query(`DELETE FROM ${table('flags')} WHERE case_id = ANY($1::uuid[])`, [[...folds.keys()]]);
    const column = (name: keyof RedFlagRow) => flags.map((flag) => flag[name]);
    await client.query(
      `INSERT INTO ${table('flags')} (case_id, flag_key, district, kind, ref, raised_at, raised_at_text, cleared_at, cleared_at_text, event_ids)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::timestamptz[], $9::text[], $10::jsonb[])`,
      [column('case_id'), column('flag_key'), column('district'), column('kind'), column('ref'), column('raised_at'),
        column('raised_at_text'), column('cleared_at'), column('cleared_at_text'), column('event_ids')],
    );
  },
};

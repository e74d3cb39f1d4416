import { CASE_EVENT_TYPES, instantOf, type CaseEvent } from '@casetrail/domain';
import { encodeGlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { TouchedRows, type Projection, type ProjectionContext } from '@casetrail/projections';
import { caseEventsOf, caseIdsOf, type CaseRecord } from '../case-events';
import { countedEventData } from '../government-action/government-action.projection';
import { CASE_LIST, type CaseListRow } from './case-list.tables';
import { caseAt, recordedMs, stageRank, type ListedEvent } from './listed-case';

/** What the list keeps of an event: its place in the global order, when recorded, its data without free text or personal data. */
export function keptForList({ event, eventId, globalPosition, recordedAt }: CaseRecord): ListedEvent {
  return { eventId, position: encodeGlobalPosition(globalPosition), recordedAt, event: { type: event.type, data: countedEventData(event) } as CaseEvent };
}

/** The row of a case whose kept events are these (in stream order); null before its referral. */
export function caseListRow(caseId: string, events: readonly ListedEvent[]): CaseListRow | null {
  const now = caseAt(caseId, events, { position: null, knownAt: null, asOf: null });
  const [first, last] = [events[0], events[events.length - 1]];
  if (!now || !first || !last) return null;
  const { listed } = now;
  const [major, minor] = last.position.split(':') as [string, string];
  return {
    case_id: caseId, district: listed.district, form: listed.form, stage: listed.stage, stage_rank: stageRank(listed.stage),
    referred_ms: String(instantOf(listed.referredAt)), referred_at_text: listed.referredAt,
    last_event_ms: String(instantOf(listed.lastEventAt)), last_event_at_text: listed.lastEventAt, accused_count: listed.accusedCount,
    before_dpp_since: now.beforeDppSince, summonses: JSON.stringify(now.summonses),
    closed_at: now.closedAt, dispositions: JSON.stringify(now.dispositions),
    position_major: major, position_minor: minor, first_recorded_ms: String(recordedMs(first)), last_recorded_ms: String(recordedMs(last)),
    events: JSON.stringify(events),
  };
}

/** Every case, closed ones too, refolded after each batch that touches it (a case holds tens of events). */
export const caseListProjection: Projection = {
  name: 'case_list',
  tables: { cases: CASE_LIST },
  indexes: (table) => {
    const cases = table('cases');
    return [
      `CREATE INDEX IF NOT EXISTS ${cases}_referred ON ${cases} (referred_ms, case_id)`,
      `CREATE INDEX IF NOT EXISTS ${cases}_district_referred ON ${cases} (district, referred_ms, case_id)`,
      `CREATE INDEX IF NOT EXISTS ${cases}_last_event ON ${cases} (last_event_ms, case_id)`,
      `CREATE INDEX IF NOT EXISTS ${cases}_position ON ${cases} (position_major, position_minor)`,
    ];
  },
  handles: new Set(CASE_EVENT_TYPES),

  async applyBatch({ client, table }: ProjectionContext, batch: readonly RecordedEvent[]): Promise<void> {
    const events = caseEventsOf(batch);
    const rows = await TouchedRows.load(client, table('cases'), CASE_LIST, 'case_id', caseIdsOf(events));
    const kept = new Map<string, ListedEvent[]>();
    for (const recorded of events) {
      const caseId = recorded.streamId.toLowerCase();
      const list = kept.get(caseId) ?? (JSON.parse(rows.get(caseId)?.events ?? '[]') as ListedEvent[]);
      list.push(keptForList(recorded));
      kept.set(caseId, list);
    }
    for (const [caseId, list] of kept) {
      const next = caseListRow(caseId, list);
      const row = rows.get(caseId);
      if (next && row) rows.update(row, next);
      else if (next) rows.addIfAbsent(next);
    }
    await rows.write(client);
  },
};

import type { RecordedEvent } from '@casetrail/event-store';
import { correctionOf, type CaseEventType } from '@casetrail/domain';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { caseEventsOf, caseIdsOf, type CaseRecord } from '../case-events';
import { COUNTED_EVENTS, type CountedEventRow } from './government-action.tables';

/** The events the government-action report counts, and the corrections of them. */
const COUNTED: readonly CaseEventType[] = [
  'CaseReferred', 'InvestigationOpened', 'InvestigationClosed', 'CaseClosed', 'SuspectIdentified', 'ChargesFiled',
  'VerdictDelivered', 'ChargesWithdrawn', 'SentenceImposed', 'DocketSubmittedToDpp', 'DppDecisionRecorded',
  'SummonsIssued', 'SummonsServed', 'SummonsServiceFailed', 'VictimIdentified', 'VictimReferredToServices', 'EventCorrected',
  'DocketReportedMissing', 'DocketReconstructed', 'HearingAdjourned', 'VictimRepatriated', 'VictimCooperationRecorded', 'OfficialComplicityAlleged',
];

/** Free text and personal data never reach this read model: the report counts, it does not describe. */
const LEFT_OUT = new Set(['personal', 'subjectRef', 'summary', 'reason', 'note', 'provider', 'leadOfficer', 'officialAgency', 'unit']);

export function countedData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !LEFT_OUT.has(key)));
}

/** An event's data with free text and personal data left out (a correction's changes too). */
export function countedEventData(event: CaseRecord['event']): Record<string, unknown> {
  return event.type === 'EventCorrected' ? { ...event.data, changes: countedData(event.data.changes), reason: undefined } : countedData(event.data);
}

function copyOf({ event, ...recorded }: CaseRecord, district: string): CountedEventRow {
  const data = countedEventData(event);
  return {
    event_id: recorded.eventId, case_id: recorded.streamId.toLowerCase(), district, version: recorded.version, type: event.type,
    occurred_at: recorded.occurredAt, recorded_at: recorded.recordedAt, data: JSON.stringify(data),
  };
}

/** The district a correction of the case's referral moves it to, if it does. */
export function movedDistrict({ event }: CaseRecord): string | null {
  if (event.type !== 'EventCorrected') return null;
  const correction = correctionOf(event.data);
  return correction.correctedType === 'CaseReferred' ? correction.changes.district ?? null : null;
}

/**
 * A copy of every counted event with both its times, so the report can answer for any period as known
 * at any moment (events recorded later, and corrections recorded later, left out).
 */
export const governmentActionProjection: Projection = {
  name: 'government_action',
  tables: { events: COUNTED_EVENTS },
  indexes: (table) => [
    `CREATE INDEX IF NOT EXISTS ${table('events')}_recorded ON ${table('events')} (recorded_at)`,
    // Each event looks up its case's district: without this, every lookup scans the table (a rebuild goes quadratic).
    `CREATE INDEX IF NOT EXISTS ${table('events')}_case ON ${table('events')} (case_id) WHERE type = 'CaseReferred'`,
  ],
  handles: new Set(COUNTED),

  async applyBatch({ client, table }: ProjectionContext, batch: readonly RecordedEvent[]): Promise<void> {
    const stored = table('events');
    const events = caseEventsOf(batch);
    // Each case's district, from its referral (as corrected): read once for the cases of the batch.
    const { rows: referrals } = await client.query<{ case_id: string; district: string }>(
      `SELECT case_id::text AS case_id, district FROM ${stored} WHERE type = 'CaseReferred' AND case_id = ANY($1::uuid[])`,
      [caseIdsOf(events)],
    );
    const districts = new Map(referrals.map((row) => [row.case_id, row.district]));
    const copies: CountedEventRow[] = [];
    for (const recorded of events) {
      const caseId = recorded.streamId.toLowerCase();
      if (recorded.event.type === 'CaseReferred') districts.set(caseId, recorded.event.data.district);
      copies.push(copyOf(recorded, districts.get(caseId) ?? 'unknown'));
      const moved = movedDistrict(recorded);
      if (moved === null) continue;
      // A corrected district moves every copy of the case: those stored before this batch, those of this batch so far, and the ones to come.
      await client.query(`UPDATE ${stored} SET district = $2 WHERE case_id = $1`, [recorded.streamId, moved]);
      for (const copy of copies) if (copy.case_id === caseId) copy.district = moved;
      if (districts.has(caseId)) districts.set(caseId, moved);
    }
    const column = (name: keyof CountedEventRow) => copies.map((copy) => copy[name]);
    await client.query(
      `INSERT INTO ${stored} (event_id, case_id, district, version, type, occurred_at, recorded_at, data)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[], $7::timestamptz[], $8::jsonb[])
       ON CONFLICT (event_id) DO NOTHING`,
      [column('event_id'), column('case_id'), column('district'), column('version'), column('type'), column('occurred_at'), column('recorded_at'), column('data')],
    );
  },
};

import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { correctionOf } from '../corrections';

/** The events the government-action report counts, and the corrections of them. */
const COUNTED = [
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

/** A counted event as the read model keeps it. */
interface Copy {
  readonly eventId: string;
  readonly caseId: string;
  district: string;
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly data: string;
}

function copyOf(event: RecordedEvent, district: string): Copy {
  const data = event.type === 'EventCorrected' ? { ...event.data, changes: countedData(correctionOf(event).changes), reason: undefined } : countedData(event.data);
  return {
    eventId: event.eventId, caseId: event.streamId.toLowerCase(), district, version: event.version, type: event.type,
    occurredAt: event.occurredAt, recordedAt: event.recordedAt, data: JSON.stringify(data),
  };
}

/** The district a correction of the case's referral moves it to, if it does. */
function movedDistrict(event: RecordedEvent): string | null {
  if (event.type !== 'EventCorrected') return null;
  const { correctedType, changes } = correctionOf(event);
  return correctedType === 'CaseReferred' && typeof changes.district === 'string' ? changes.district : null;
}

/**
 * A copy of every counted event with both its times, so the report can answer for any period as known
 * at any moment (events recorded later, and corrections recorded later, left out).
 */
export const governmentActionProjection: Projection = {
  name: 'government_action',
  tables: {
    events: `event_id uuid PRIMARY KEY, case_id uuid NOT NULL, district text NOT NULL, version integer NOT NULL,
             type text NOT NULL, occurred_at text NOT NULL, recorded_at timestamptz NOT NULL, data jsonb NOT NULL`,
  },
  indexes: (table) => [
    `CREATE INDEX IF NOT EXISTS ${table('events')}_recorded ON ${table('events')} (recorded_at)`,
    // Each event looks up its case's district: without this, every lookup scans the table (a rebuild goes quadratic).
    `CREATE INDEX IF NOT EXISTS ${table('events')}_case ON ${table('events')} (case_id) WHERE type = 'CaseReferred'`,
  ],
  handles: new Set(COUNTED),

  async applyBatch({ client, table }: ProjectionContext, events: readonly RecordedEvent[]): Promise<void> {
    const stored = table('events');
    // Each case's district, from its referral (as corrected): read once for the cases of the batch.
    const caseOf = (event: RecordedEvent) => event.streamId.toLowerCase();
    const caseIds = [...new Set(events.map(caseOf))];
    const { rows: referrals } = await client.query<{ case_id: string; district: string }>(
      `SELECT case_id::text AS case_id, district FROM ${stored} WHERE type = 'CaseReferred' AND case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    const districts = new Map(referrals.map((row) => [row.case_id, row.district]));
    const copies: Copy[] = [];
    for (const event of events) {
      const caseId = caseOf(event);
      if (event.type === 'CaseReferred') districts.set(caseId, event.data.district as string);
      copies.push(copyOf(event, districts.get(caseId) ?? 'unknown'));
      const moved = movedDistrict(event);
      if (moved === null) continue;
      // A corrected district moves every copy of the case: those stored before this batch, those of this batch so far, and the ones to come.
      await client.query(`UPDATE ${stored} SET district = $2 WHERE case_id = $1`, [event.streamId, moved]);
      for (const copy of copies) if (copy.caseId === caseId) copy.district = moved;
      if (districts.has(caseId)) districts.set(caseId, moved);
    }
    await client.query(
      `INSERT INTO ${stored} (event_id, case_id, district, version, type, occurred_at, recorded_at, data)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::text[], $7::timestamptz[], $8::jsonb[])
       ON CONFLICT (event_id) DO NOTHING`,
      [
        copies.map((c) => c.eventId), copies.map((c) => c.caseId), copies.map((c) => c.district), copies.map((c) => c.version),
        copies.map((c) => c.type), copies.map((c) => c.occurredAt), copies.map((c) => c.recordedAt), copies.map((c) => c.data),
      ],
    );
  },
};

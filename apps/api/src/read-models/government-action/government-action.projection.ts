import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { correctionOf } from '../corrections';

/** The events the government-action report counts, and the corrections of them. */
const COUNTED = [
  'CaseReferred', 'InvestigationOpened', 'InvestigationClosed', 'CaseClosed', 'SuspectIdentified', 'ChargesFiled',
  'VerdictDelivered', 'ChargesWithdrawn', 'SentenceImposed', 'DocketSubmittedToDpp', 'DppDecisionRecorded',
  'SummonsIssued', 'SummonsServed', 'SummonsServiceFailed', 'VictimIdentified', 'VictimReferredToServices', 'EventCorrected',
];

/** Free text and personal data never reach this read model: the report counts, it does not describe. */
const LEFT_OUT = new Set(['personal', 'subjectRef', 'summary', 'reason', 'note', 'provider', 'leadOfficer', 'officialAgency', 'unit']);

function countedData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !LEFT_OUT.has(key)));
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

  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    const events = table('events');
    const data = event.type === 'EventCorrected' ? { ...event.data, changes: countedData(correctionOf(event).changes), reason: undefined } : countedData(event.data);
    // The case's district comes from its referral, looked up in the same statement: a pure write, so a
    // batch of them goes to the database in one round trip.
    await client.query(
      `INSERT INTO ${events} (event_id, case_id, district, version, type, occurred_at, recorded_at, data)
       SELECT $1::uuid, $2::uuid, coalesce($3::text,
                (SELECT district FROM ${events} WHERE case_id = $2::uuid AND type = 'CaseReferred'), 'unknown'),
              $4::int, $5::text, $6::text, $7::timestamptz, $8::jsonb
       ON CONFLICT (event_id) DO NOTHING`,
      [
        event.eventId, event.streamId, event.type === 'CaseReferred' ? event.data.district : null, event.version, event.type,
        event.occurredAt, event.recordedAt, JSON.stringify(data),
      ],
    );
    if (event.type === 'EventCorrected') {
      const { correctedType, changes } = correctionOf(event);
      if (correctedType === 'CaseReferred' && typeof changes.district === 'string') {
        await client.query(`UPDATE ${events} SET district = $2 WHERE case_id = $1`, [event.streamId, changes.district]);
      }
    }
  },
};

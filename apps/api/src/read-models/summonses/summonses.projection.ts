import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { correctionOf } from '../corrections';

/** Every summons with its case's district, court, dates and service status. */
export const summonsesProjection: Projection = {
  name: 'summonses',
  tables: {
    cases: 'case_id uuid PRIMARY KEY, district text NOT NULL, referral_event_id uuid NOT NULL',
    summonses: `case_id uuid NOT NULL, summons_ref text NOT NULL, suspect_ref text NOT NULL, court text NOT NULL,
                district text NOT NULL, issued_at timestamptz NOT NULL, issued_at_text text NOT NULL, return_date date NOT NULL,
                status text NOT NULL, attempts integer NOT NULL DEFAULT 0, served_at timestamptz NULL,
                issue_event_id uuid NOT NULL, service_event_id uuid NULL, PRIMARY KEY (case_id, summons_ref)`,
  },
  indexes: (table) => [
    `CREATE INDEX IF NOT EXISTS ${table('summonses')}_status ON ${table('summonses')} (status, return_date)`,
    `CREATE INDEX IF NOT EXISTS ${table('summonses')}_issue ON ${table('summonses')} (issue_event_id)`,
  ],
  handles: new Set(['CaseReferred', 'SummonsIssued', 'SummonsServed', 'SummonsServiceFailed', 'EventCorrected']),

  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    const d = event.data;
    const summonses = table('summonses');
    switch (event.type) {
      case 'CaseReferred':
        await client.query(`INSERT INTO ${table('cases')} VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
          event.streamId, d.district, event.eventId,
        ]);
        return;
      case 'SummonsIssued':
        await client.query(
          `INSERT INTO ${summonses} (case_id, summons_ref, suspect_ref, court, district, issued_at, issued_at_text, return_date, status, issue_event_id)
           SELECT $1, $2, $3, $4, c.district, $5::text::timestamptz, $5::text, $6::date, 'issued', $7 FROM ${table('cases')} c WHERE c.case_id = $1
           ON CONFLICT DO NOTHING`,
          [event.streamId, d.summonsRef, d.suspectRef, d.court, event.occurredAt, d.returnDate, event.eventId],
        );
        return;
      case 'SummonsServed':
        await client.query(
          `UPDATE ${summonses} SET status = 'served', attempts = attempts + 1, served_at = $3::text::timestamptz, service_event_id = $4
           WHERE case_id = $1 AND summons_ref = $2`,
          [event.streamId, d.summonsRef, event.occurredAt, event.eventId],
        );
        return;
      case 'SummonsServiceFailed':
        await client.query(
          `UPDATE ${summonses} SET status = CASE WHEN status = 'served' THEN status ELSE 'failed' END, attempts = attempts + 1
           WHERE case_id = $1 AND summons_ref = $2`,
          [event.streamId, d.summonsRef],
        );
        return;
      case 'EventCorrected': {
        const { correctedEventId, correctedType, changes } = correctionOf(event);
        if (correctedType === 'CaseReferred' && typeof changes.district === 'string') {
          await client.query(`UPDATE ${table('cases')} SET district = $2 WHERE case_id = $1`, [event.streamId, changes.district]);
          await client.query(`UPDATE ${summonses} SET district = $2 WHERE case_id = $1`, [event.streamId, changes.district]);
        } else if (correctedType === 'SummonsIssued') {
          await client.query(
            `UPDATE ${summonses} SET court = coalesce($2, court), return_date = coalesce($3::date, return_date),
               issued_at = coalesce($4::text::timestamptz, issued_at), issued_at_text = coalesce($4::text, issued_at_text)
             WHERE issue_event_id = $1`,
            [correctedEventId, changes.court ?? null, changes.returnDate ?? null, changes.occurredAt ?? null],
          );
        } else if (correctedType === 'SummonsServed' && typeof changes.occurredAt === 'string') {
          await client.query(`UPDATE ${summonses} SET served_at = $2::text::timestamptz WHERE service_event_id = $1`, [
            correctedEventId, changes.occurredAt,
          ]);
        }
        return;
      }
      default:
        return;
    }
  },
};

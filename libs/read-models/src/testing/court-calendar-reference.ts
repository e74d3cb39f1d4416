import type { RecordedEvent } from '@casetrail/event-store';
import { correctionOf, decodeCaseEvent, isCaseRecord } from '@casetrail/domain';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { courtCalendarProjection } from '../court-calendar/court-calendar.projection';

const SOURCE_OF: Record<string, string> = { SummonsIssued: 'summons', AccusedAppeared: 'appearance', HearingAdjourned: 'adjournment' };

/** The court calendar one event at a time, by other means: an INSERT or UPDATE statement per event. */
export const referenceCourtCalendarProjection: Projection = {
  ...courtCalendarProjection,
  applyBatch: undefined,
  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    if (!isCaseRecord(event)) return;
    const { event: decoded } = decodeCaseEvent(event);
    const [cases, dates] = [table('cases'), table('dates')];
    const d = event.data;
    if (decoded.type === 'CaseReferred') {
      await client.query(
        `INSERT INTO ${cases} VALUES ($1, $2, jsonb_build_array(jsonb_build_object('recordedAt', $3::text, 'district', $2::text))) ON CONFLICT DO NOTHING`,
        [event.streamId, d.district, event.recordedAt],
      );
    } else if (SOURCE_OF[decoded.type]) {
      const court = decoded.type === 'HearingAdjourned' ? null : d.court;
      const due = decoded.type === 'SummonsIssued' ? d.returnDate : decoded.type === 'HearingAdjourned' ? d.adjournedTo : null;
      await client.query(
        `INSERT INTO ${dates} (case_id, event_id, source, suspect_ref, district, court, due_date, occurred_at, stream_version, recorded_at, recorded, corrections)
         SELECT $1, $2, $3, $4, c.district, $5, $6::date, $7::text::timestamptz, $8, $9::text::timestamptz,
                jsonb_build_object('court', $5::text, 'due_date', $6::text, 'occurred_at', $7::text), '[]'
         FROM ${cases} c WHERE c.case_id = $1
         ON CONFLICT DO NOTHING`,
        [event.streamId, event.eventId, SOURCE_OF[decoded.type], d.suspectRef, court, due, event.occurredAt, event.version, event.recordedAt],
      );
    } else if (decoded.type === 'EventCorrected') {
      const correction = correctionOf(decoded.data);
      if (correction.correctedType === 'CaseReferred' && correction.changes.district !== undefined) {
        await client.query(
          `UPDATE ${cases} SET district = $2, districts = districts || jsonb_build_array(jsonb_build_object('recordedAt', $3::text, 'district', $2::text))
           WHERE case_id = $1`,
          [event.streamId, correction.changes.district, event.recordedAt],
        );
        await client.query(`UPDATE ${dates} SET district = $2 WHERE case_id = $1`, [event.streamId, correction.changes.district]);
        return;
      }
      const source = SOURCE_OF[correction.correctedType];
      if (!source) return;
      // The changes read by SQL from their JSON: a key present moves the field, even to null.
      await client.query(
        `UPDATE ${dates} SET
           occurred_at = CASE WHEN jsonb_typeof($3::jsonb -> 'occurredAt') = 'string' THEN ($3::jsonb ->> 'occurredAt')::timestamptz ELSE occurred_at END,
           court = CASE WHEN source <> 'adjournment' AND $3::jsonb ? 'court' THEN $3::jsonb ->> 'court' ELSE court END,
           due_date = CASE WHEN source = 'summons' AND jsonb_typeof($3::jsonb -> 'returnDate') = 'string' THEN ($3::jsonb ->> 'returnDate')::date
                           WHEN source = 'adjournment' AND $3::jsonb ? 'adjournedTo' THEN ($3::jsonb ->> 'adjournedTo')::date
                           ELSE due_date END,
           corrections = corrections || jsonb_build_array(jsonb_build_object('recordedAt', $5::text)
             || CASE WHEN jsonb_typeof($3::jsonb -> 'occurredAt') = 'string' THEN jsonb_build_object('occurred_at', $3::jsonb -> 'occurredAt') ELSE '{}' END
             || CASE WHEN source <> 'adjournment' AND $3::jsonb ? 'court' THEN jsonb_build_object('court', $3::jsonb -> 'court') ELSE '{}' END
             || CASE WHEN source = 'summons' AND jsonb_typeof($3::jsonb -> 'returnDate') = 'string' THEN jsonb_build_object('due_date', $3::jsonb -> 'returnDate')
                     WHEN source = 'adjournment' AND $3::jsonb ? 'adjournedTo' THEN jsonb_build_object('due_date', $3::jsonb -> 'adjournedTo')
                     ELSE '{}' END)
         WHERE case_id = $1 AND event_id = $2 AND source = $4`,
        [event.streamId, correction.correctedEventId, JSON.stringify(correction.changes), source, event.recordedAt],
      );
    }
  },
};

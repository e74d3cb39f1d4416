import type { RecordedEvent } from '@casetrail/event-store';
import { correctionOf, decodeCaseEvent, isCaseRecord } from '@casetrail/domain';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { correctedCourtDate, courtCalendarProjection } from '../court-calendar/court-calendar.projection';

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
      await client.query(`INSERT INTO ${cases} VALUES ($1, $2) ON CONFLICT DO NOTHING`, [event.streamId, d.district]);
    } else if (SOURCE_OF[decoded.type]) {
      const court = decoded.type === 'HearingAdjourned' ? null : d.court;
      const due = decoded.type === 'SummonsIssued' ? d.returnDate : decoded.type === 'HearingAdjourned' ? d.adjournedTo : null;
      await client.query(
        `INSERT INTO ${dates} (case_id, event_id, source, suspect_ref, district, court, due_date, occurred_at, stream_version, recorded_at)
         SELECT $1, $2, $3, $4, c.district, $5, $6::date, $7::text::timestamptz, $8, $9::text::timestamptz FROM ${cases} c WHERE c.case_id = $1
         ON CONFLICT DO NOTHING`,
        [event.streamId, event.eventId, SOURCE_OF[decoded.type], d.suspectRef, court, due, event.occurredAt, event.version, event.recordedAt],
      );
    } else if (decoded.type === 'EventCorrected') {
      const correction = correctionOf(decoded.data);
      if (correction.correctedType === 'CaseReferred' && correction.changes.district !== undefined) {
        await client.query(`UPDATE ${cases} SET district = $2 WHERE case_id = $1`, [event.streamId, correction.changes.district]);
        await client.query(`UPDATE ${dates} SET district = $2 WHERE case_id = $1`, [event.streamId, correction.changes.district]);
        return;
      }
      const moved = correctedCourtDate(correction);
      await client.query(
        `UPDATE ${dates} SET court = CASE WHEN $3 THEN $4 ELSE court END, due_date = CASE WHEN $5 THEN $6::date ELSE due_date END,
                occurred_at = coalesce($7::text::timestamptz, occurred_at)
         WHERE case_id = $1 AND event_id = $2`,
        [event.streamId, correction.correctedEventId, 'court' in moved, moved.court ?? null, 'due_date' in moved, moved.due_date ?? null, moved.occurred_at ?? null],
      );
    }
  },
};

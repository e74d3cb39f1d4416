import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { correctionOf } from '../corrections';

/** One row per case that has reached the DPP: when its docket went in and whether a decision came. */
export const dppBacklogProjection: Projection = {
  name: 'dpp_backlog',
  tables: {
    cases: `case_id uuid PRIMARY KEY, district text NOT NULL, form text NOT NULL, referral_event_id uuid NOT NULL,
            submitted_at timestamptz NULL, submitted_at_text text NULL, submission_event_id uuid NULL,
            decided_at timestamptz NULL, decision text NULL, closed boolean NOT NULL DEFAULT false`,
  },
  handles: new Set(['CaseReferred', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'CaseClosed', 'EventCorrected']),

  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    const cases = table('cases');
    const d = event.data;
    switch (event.type) {
      case 'CaseReferred':
        await client.query(`INSERT INTO ${cases} (case_id, district, form, referral_event_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [
          event.streamId, d.district, d.form, event.eventId,
        ]);
        return;
      case 'DocketSubmittedToDpp':
        await client.query(
          `UPDATE ${cases} SET submitted_at = $2::text::timestamptz, submitted_at_text = $2::text, submission_event_id = $3, decided_at = NULL, decision = NULL
           WHERE case_id = $1`,
          [event.streamId, event.occurredAt, event.eventId],
        );
        return;
      case 'DppDecisionRecorded':
        await client.query(`UPDATE ${cases} SET decided_at = $2::text::timestamptz, decision = $3 WHERE case_id = $1`, [
          event.streamId, event.occurredAt, d.decision,
        ]);
        return;
      case 'CaseClosed':
        await client.query(`UPDATE ${cases} SET closed = true WHERE case_id = $1`, [event.streamId]);
        return;
      case 'EventCorrected': {
        const { correctedEventId, changes } = correctionOf(event);
        await client.query(
          `UPDATE ${cases} SET district = coalesce($3, district), form = coalesce($4, form) WHERE case_id = $1 AND referral_event_id = $2`,
          [event.streamId, correctedEventId, changes.district ?? null, changes.form ?? null],
        );
        if (typeof changes.occurredAt === 'string') {
          await client.query(
            `UPDATE ${cases} SET submitted_at = $3::text::timestamptz, submitted_at_text = $3::text WHERE case_id = $1 AND submission_event_id = $2`,
            [event.streamId, correctedEventId, changes.occurredAt],
          );
        }
        return;
      }
      default:
        return;
    }
  },
};

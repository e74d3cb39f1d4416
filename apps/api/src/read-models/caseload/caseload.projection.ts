import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { correctionOf } from '../corrections';

const STAGE_AFTER_DECISION: Readonly<Record<string, string>> = {
  prosecute: 'in_prosecution',
  decline: 'declined',
  further_investigation: 'under_investigation',
};

/** One row per case: its district, form and stage; counted by the caseload route. */
export const caseloadProjection: Projection = {
  name: 'caseload',
  tables: {
    cases: `case_id uuid PRIMARY KEY, district text NOT NULL, form text NOT NULL, stage text NOT NULL,
            referral_event_id uuid NOT NULL, last_decision_event_id uuid NULL, version integer NOT NULL`,
  },
  indexes: (table) => [`CREATE INDEX IF NOT EXISTS ${table('cases')}_stage ON ${table('cases')} (stage, district, form)`],
  handles: new Set(['CaseReferred', 'InvestigationOpened', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'CaseClosed', 'EventCorrected']),

  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    const cases = table('cases');
    const d = event.data;
    // Each update is guarded by the stream version, so an event is never applied twice.
    const setStage = (stage: string, extra = '') =>
      client.query(
        `UPDATE ${cases} SET stage = $2, version = $3 ${extra} WHERE case_id = $1 AND version < $3 AND stage <> 'closed'`,
        [event.streamId, stage, event.version],
      );
    switch (event.type) {
      case 'CaseReferred':
        await client.query(
          `INSERT INTO ${cases} (case_id, district, form, stage, referral_event_id, version)
           VALUES ($1, $2, $3, 'referred', $4, $5) ON CONFLICT (case_id) DO NOTHING`,
          [event.streamId, d.district, d.form, event.eventId, event.version],
        );
        return;
      case 'InvestigationOpened':
        await setStage('under_investigation');
        return;
      case 'DocketSubmittedToDpp':
        await setStage('with_dpp');
        return;
      case 'DppDecisionRecorded':
        await client.query(
          `UPDATE ${cases} SET stage = CASE WHEN stage = 'closed' THEN stage ELSE $2 END, last_decision_event_id = $4, version = $3
           WHERE case_id = $1 AND version < $3`,
          [event.streamId, STAGE_AFTER_DECISION[String(d.decision)], event.version, event.eventId],
        );
        return;
      case 'CaseClosed':
        await client.query(`UPDATE ${cases} SET stage = 'closed', version = $2 WHERE case_id = $1 AND version < $2`, [
          event.streamId,
          event.version,
        ]);
        return;
      case 'EventCorrected': {
        const { correctedEventId, changes } = correctionOf(event);
        await client.query(
          `UPDATE ${cases} SET district = coalesce($3, district), form = coalesce($4, form), version = $5
           WHERE case_id = $1 AND referral_event_id = $2 AND version < $5`,
          [event.streamId, correctedEventId, changes.district ?? null, changes.form ?? null, event.version],
        );
        if (typeof changes.decision === 'string') {
          await client.query(
            `UPDATE ${cases} SET stage = $3, version = $4
             WHERE case_id = $1 AND last_decision_event_id = $2 AND stage IN ('in_prosecution', 'declined', 'under_investigation') AND version <= $4`,
            [event.streamId, correctedEventId, STAGE_AFTER_DECISION[changes.decision], event.version],
          );
        }
        return;
      }
      default:
        return;
    }
  },
};

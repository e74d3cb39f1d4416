import type { RecordedEvent } from '@casetrail/event-store';
import type { Projection, ProjectionContext } from '@casetrail/projections';
import { decodeCaseEvent, isCaseRecord, type DppDecision, type EventCorrectedData } from '@casetrail/domain';
import { caseloadProjection } from '../caseload/caseload.projection';
import { STAGE_AFTER_DECISION } from '../caseload/caseload.tables';
import { countedData, governmentActionProjection } from '../government-action/government-action.projection';
import { referenceCourtCalendarProjection } from './court-calendar-reference';
import { referenceRedFlagsProjection } from './red-flags-reference';
import { claimRowOf, claimsProjection } from '../claims/claims.projection';
import { referenceCaseListProjection } from './case-list-reference';

/*
 * The read models as they were first written: one or more statements per event, applied one event at a
 * time. Kept as the oracle the batch folds are checked against (batch-folds.int-spec.ts): for any log and
 * any batch size, a fold must leave exactly the rows these leave.
 */

/** A correction as the oracle reads it: loosely, any field of any type, through the domain's codec. */
function correctionOf(event: RecordedEvent): EventCorrectedData {
  if (!isCaseRecord(event)) throw new Error(`event ${event.eventId} is not of a case`);
  const { event: decoded } = decodeCaseEvent(event);
  if (decoded.type !== 'EventCorrected') throw new Error(`event ${event.eventId} is not a correction`);
  return decoded.data;
}

// ---- caseload

/** One row per case: its district, form and stage; counted by the caseload route. */
const referenceCaseloadProjection: Projection = {
  ...caseloadProjection, // the same name, tables and indexes: only how events are applied differs
  applyBatch: undefined,
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
          [event.streamId, STAGE_AFTER_DECISION[d.decision as DppDecision], event.version, event.eventId],
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
            [event.streamId, correctedEventId, STAGE_AFTER_DECISION[changes.decision as DppDecision], event.version],
          );
        }
        return;
      }
      default:
        return;
    }
  },
};

// ---- government-action

/**
 * A copy of every counted event with both its times, so the report can answer for any period as known
 * at any moment (events recorded later, and corrections recorded later, left out).
 */
const referenceGovernmentActionProjection: Projection = {
  ...governmentActionProjection, // the same name, tables and indexes: only how events are applied differs
  applyBatch: undefined,
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


// ---- claims

/** One row per claim, one statement per event. */
const referenceClaimsProjection: Projection = {
  ...claimsProjection,
  applyBatch: undefined,
  async apply({ client, table }: ProjectionContext, event: RecordedEvent): Promise<void> {
    const row = claimRowOf(event);
    await client.query(
      `INSERT INTO ${table('claims')} (claim_id, event_id, made_at, made_at_text, recorded_at, recorded_at_text, claim)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (claim_id) DO NOTHING`,
      [row.claim_id, row.event_id, row.made_at, row.made_at_text, row.recorded_at, row.recorded_at_text, row.claim],
    );
  },
};

export const REFERENCE_PROJECTIONS: readonly Projection[] = [
  referenceCaseloadProjection,
  referenceGovernmentActionProjection,
  referenceRedFlagsProjection,
  referenceCourtCalendarProjection,
  referenceClaimsProjection,
  referenceCaseListProjection,
];

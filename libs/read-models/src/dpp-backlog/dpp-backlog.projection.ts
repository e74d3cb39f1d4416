import { correctionOf } from '@casetrail/domain';
import type { Projection, TouchedRows } from '@casetrail/projections';
import { foldOverCaseRows, type CaseRecord } from '../case-events';
import { BACKLOG_CASES, type BacklogRow } from './dpp-backlog.tables';

/** One event folded into its case's row. */
function fold(cases: TouchedRows<BacklogRow>, { event, ...recorded }: CaseRecord): void {
  const row = cases.get(recorded.streamId);
  switch (event.type) {
    case 'CaseReferred':
      cases.addIfAbsent({
        case_id: recorded.streamId, district: event.data.district, form: event.data.form, referral_event_id: recorded.eventId,
        submitted_at: null, submitted_at_text: null, submission_event_id: null, decided_at: null, decision: null, closed: false,
      });
      return;
    case 'DocketSubmittedToDpp':
      if (row) {
        cases.update(row, {
          submitted_at: recorded.occurredAt, submitted_at_text: recorded.occurredAt, submission_event_id: recorded.eventId,
          decided_at: null, decision: null,
        });
      }
      return;
    case 'DppDecisionRecorded':
      if (row) cases.update(row, { decided_at: recorded.occurredAt, decision: event.data.decision });
      return;
    case 'CaseClosed':
      if (row) cases.update(row, { closed: true });
      return;
    case 'EventCorrected': {
      const correction = correctionOf(event.data);
      const target = correction.correctedEventId.toLowerCase();
      if (!row) return;
      if (correction.correctedType === 'CaseReferred' && row.referral_event_id === target) {
        cases.update(row, { district: correction.changes.district ?? row.district, form: correction.changes.form ?? row.form });
      }
      if (correction.correctedType === 'DocketSubmittedToDpp' && correction.changes.occurredAt !== undefined && row.submission_event_id === target) {
        cases.update(row, { submitted_at: correction.changes.occurredAt, submitted_at_text: correction.changes.occurredAt });
      }
      return;
    }
    default:
      return;
  }
}

/** One row per case that has reached the DPP: when its docket went in and whether a decision came. */
export const dppBacklogProjection: Projection = {
  name: 'dpp_backlog',
  tables: { cases: BACKLOG_CASES },
  handles: new Set(['CaseReferred', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'CaseClosed', 'EventCorrected']),

  applyBatch: foldOverCaseRows(BACKLOG_CASES, fold),
};

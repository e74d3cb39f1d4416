import { correctionOf } from '@casetrail/domain';
import type { Projection, TouchedRows } from '@casetrail/projections';
import { foldOverCaseRows, type CaseRecord } from '../case-events';
import { CASELOAD_CASES, STAGE_AFTER_DECISION, type CaseloadRow } from './caseload.tables';

const DECIDED_STAGES = new Set<string>(Object.values(STAGE_AFTER_DECISION));

/**
 * One event folded into its case's row. Every change is guarded by the stream version, so an event is
 * never applied twice, and a closed case keeps its stage.
 */
function fold(cases: TouchedRows<CaseloadRow>, { event, ...recorded }: CaseRecord): void {
  const row = cases.get(recorded.streamId);
  const isNewer = row !== undefined && row.version < recorded.version;
  const setStage = (stage: string) => {
    if (row && isNewer && row.stage !== 'closed') cases.update(row, { stage, version: recorded.version });
  };
  switch (event.type) {
    case 'CaseReferred':
      cases.addIfAbsent({
        case_id: recorded.streamId, district: event.data.district, form: event.data.form, stage: 'referred',
        referral_event_id: recorded.eventId, last_decision_event_id: null, version: recorded.version,
      });
      return;
    case 'InvestigationOpened':
      return setStage('under_investigation');
    case 'DocketSubmittedToDpp':
      return setStage('with_dpp');
    case 'DppDecisionRecorded':
      if (row && isNewer) {
        const stage = row.stage === 'closed' ? row.stage : STAGE_AFTER_DECISION[event.data.decision];
        cases.update(row, { stage, last_decision_event_id: recorded.eventId, version: recorded.version });
      }
      return;
    case 'CaseClosed':
      if (row && isNewer) cases.update(row, { stage: 'closed', version: recorded.version });
      return;
    case 'EventCorrected': {
      const correction = correctionOf(event.data);
      const target = correction.correctedEventId.toLowerCase();
      if (!row) return;
      if (correction.correctedType === 'CaseReferred' && isNewer && row.referral_event_id === target) {
        const { district, form } = correction.changes;
        cases.update(row, { district: district ?? row.district, form: form ?? row.form, version: recorded.version });
      }
      if (correction.correctedType === 'DppDecisionRecorded' && correction.changes.decision !== undefined
        && row.last_decision_event_id === target && DECIDED_STAGES.has(row.stage) && row.version <= recorded.version) {
        cases.update(row, { stage: STAGE_AFTER_DECISION[correction.changes.decision], version: recorded.version });
      }
      return;
    }
    default:
      return;
  }
}

/** One row per case: its district, form and stage; counted by the caseload query. */
export const caseloadProjection: Projection = {
  name: 'caseload',
  tables: { cases: CASELOAD_CASES },
  indexes: (table) => [`CREATE INDEX IF NOT EXISTS ${table('cases')}_stage ON ${table('cases')} (stage, district, form)`],
  handles: new Set(['CaseReferred', 'InvestigationOpened', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'CaseClosed', 'EventCorrected']),

  applyBatch: foldOverCaseRows(CASELOAD_CASES, fold),
};

import type { CaseStage, DppDecision } from '@casetrail/domain';
import type { TableShape } from '@casetrail/projections';

/** The stage a DPP decision puts a case in (a closed case keeps its stage). */
export const STAGE_AFTER_DECISION: Readonly<Record<DppDecision, CaseStage>> = {
  prosecute: 'in_prosecution',
  decline: 'declined',
  further_investigation: 'under_investigation',
};

export type CaseloadRow = {
  case_id: string; district: string; form: string; stage: string;
  referral_event_id: string; last_decision_event_id: string | null; version: number;
};

export const CASELOAD_CASES: TableShape<CaseloadRow> = {
  columns: {
    case_id: 'uuid', district: 'text', form: 'text', stage: 'text',
    referral_event_id: 'uuid', last_decision_event_id: 'uuid?', version: 'integer',
  },
  key: ['case_id'],
};

import type { SummonsState } from '@casetrail/domain';
import type { TableShape } from '@casetrail/projections';

export type SummonsCase = { case_id: string; district: string; referral_event_id: string };
export type StoredSummons = {
  case_id: string; summons_ref: string; suspect_ref: string; court: string; district: string;
  issued_at: string; issued_at_text: string; return_date: string; status: SummonsState; attempts: number;
  served_at: string | null; issue_event_id: string; service_event_id: string | null;
};

export const SUMMONS_CASES: TableShape<SummonsCase> = {
  columns: { case_id: 'uuid', district: 'text', referral_event_id: 'uuid' },
  key: ['case_id'],
};

export const SUMMONSES: TableShape<StoredSummons> = {
  columns: {
    case_id: 'uuid', summons_ref: 'text', suspect_ref: 'text', court: 'text', district: 'text',
    issued_at: 'timestamptz', issued_at_text: 'text', return_date: 'date', status: 'text', attempts: 'integer',
    served_at: 'timestamptz?', issue_event_id: 'uuid', service_event_id: 'uuid?',
  },
  key: ['case_id', 'summons_ref'],
  defaults: { attempts: '0' },
};

import type { TableShape } from '@casetrail/projections';

export type BacklogRow = {
  case_id: string; district: string; form: string; referral_event_id: string;
  submitted_at: string | null; submitted_at_text: string | null; submission_event_id: string | null;
  decided_at: string | null; decision: string | null; closed: boolean;
};

export const BACKLOG_CASES: TableShape<BacklogRow> = {
  columns: {
    case_id: 'uuid', district: 'text', form: 'text', referral_event_id: 'uuid',
    submitted_at: 'timestamptz?', submitted_at_text: 'text?', submission_event_id: 'uuid?',
    decided_at: 'timestamptz?', decision: 'text?', closed: 'boolean',
  },
  key: ['case_id'],
  defaults: { closed: 'false' },
};

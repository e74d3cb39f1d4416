import type { TableShape } from '@casetrail/projections';

/** One claim as recorded: when it was made and recorded, and what it says (madeBy, source, statement, assertions) as JSON. */
export type ClaimRow = {
  claim_id: string; event_id: string; made_at: string; made_at_text: string; recorded_at: string; recorded_at_text: string; claim: string;
};

export const CLAIMS: TableShape<ClaimRow> = {
  columns: {
    claim_id: 'uuid', event_id: 'uuid', made_at: 'timestamptz', made_at_text: 'text', recorded_at: 'timestamptz', recorded_at_text: 'text', claim: 'jsonb',
  },
  key: ['claim_id'],
};

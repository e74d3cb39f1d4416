import type { TableShape } from '@casetrail/projections';

/**
 * One row per case, closed ones included: what the list shows and sorts by, since when its docket waits
 * before the DPP, its summonses, when closed and its dispositions (the backlog, summonses and caseload read them), the global position of the
 * last event applied (its two numbers) (a cursor pins the list at a position), and the case's events without free text or
 * personal data, so the case can be folded again as it stood at a position, a moment, or as known then.
 * Times are kept as the domain compares them (milliseconds since the epoch), so SQL and the fold agree.
 */
export type CaseListRow = {
  case_id: string; district: string; form: string; stage: string; stage_rank: number;
  referred_ms: string; referred_at_text: string; last_event_ms: string; last_event_at_text: string; accused_count: number;
  before_dpp_since: string | null; summonses: string; closed_at: string | null; dispositions: string;
  position_major: string; position_minor: string; first_recorded_ms: string; last_recorded_ms: string; events: string;
};

export const CASE_LIST: TableShape<CaseListRow> = {
  columns: {
    case_id: 'uuid', district: 'text', form: 'text', stage: 'text', stage_rank: 'integer',
    referred_ms: 'bigint', referred_at_text: 'text', last_event_ms: 'bigint', last_event_at_text: 'text', accused_count: 'integer',
    before_dpp_since: 'text?', summonses: 'jsonb', closed_at: 'text?', dispositions: 'jsonb',
    position_major: 'bigint', position_minor: 'bigint', first_recorded_ms: 'bigint', last_recorded_ms: 'bigint', events: 'jsonb',
  },
  key: ['case_id'],
};

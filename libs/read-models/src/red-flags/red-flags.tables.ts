import type { TableShape } from '@casetrail/projections';

/** Per case: its district and the flag engine's fold (the events flags read, free text left out) as JSON. */
export type FlagFoldRow = { case_id: string; district: string; events: string };

export const FLAG_FOLDS: TableShape<FlagFoldRow> = {
  columns: { case_id: 'uuid', district: 'text', events: 'jsonb' },
  key: ['case_id'],
};

/** One red flag as known now; a time-based one is kept from the day it will be raised, even a day to come. */
export type RedFlagRow = {
  case_id: string; flag_key: string; district: string; kind: string; ref: string | null;
  raised_at: string; raised_at_text: string; cleared_at: string | null; cleared_at_text: string | null; event_ids: string;
};

export const RED_FLAGS: TableShape<RedFlagRow> = {
  columns: {
    case_id: 'uuid', flag_key: 'text', district: 'text', kind: 'text', ref: 'text?',
    raised_at: 'timestamptz', raised_at_text: 'text', cleared_at: 'timestamptz?', cleared_at_text: 'text?', event_ids: 'jsonb',
  },
  key: ['case_id', 'flag_key'],
};

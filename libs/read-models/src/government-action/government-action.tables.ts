import type { TableShape } from '@casetrail/projections';

/** A counted event as the read model keeps it (`data` as JSON text, free text and personal data left out). */
export type CountedEventRow = {
  event_id: string; case_id: string; district: string; version: number;
  type: string; occurred_at: string; recorded_at: string; data: string;
};

export const COUNTED_EVENTS: TableShape<CountedEventRow> = {
  columns: {
    event_id: 'uuid', case_id: 'uuid', district: 'text', version: 'integer',
    type: 'text', occurred_at: 'text', recorded_at: 'timestamptz', data: 'jsonb',
  },
  key: ['event_id'],
};

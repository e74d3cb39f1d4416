import type { TableShape } from '@casetrail/projections';

/** `districts`: JSON `[{recordedAt, district}]`, the referral's then each correction of it (for `knownAt`). */
export type CalendarCase = { case_id: string; district: string; districts: string };

/** What puts an accused before a court: a summons (its return date), an appearance, an adjournment (adjourned to). */
export const COURT_DATE_SOURCES = ['summons', 'appearance', 'adjournment'] as const;
export type CourtDateSource = (typeof COURT_DATE_SOURCES)[number];

/**
 * One event that names a court or a day in court, as corrected: `court` is the summons' or the appearance's
 * (an adjournment names none), `due_date` the summons' return date or the adjournment's `adjournedTo`.
 * For `knownAt`: `recorded` (JSON) holds those fields as first recorded, `corrections` (JSON) each
 * correction of them in stream order, `{recordedAt, ...the fields it moved}`.
 */
export type CourtDate = {
  case_id: string; event_id: string; source: CourtDateSource; suspect_ref: string; district: string;
  court: string | null; due_date: string | null; occurred_at: string; stream_version: number; recorded_at: string;
  recorded: string; corrections: string;
};

export const CALENDAR_CASES: TableShape<CalendarCase> = {
  columns: { case_id: 'uuid', district: 'text', districts: 'jsonb' },
  key: ['case_id'],
};

export const COURT_DATES: TableShape<CourtDate> = {
  columns: {
    case_id: 'uuid', event_id: 'uuid', source: 'text', suspect_ref: 'text', district: 'text',
    court: 'text?', due_date: 'date?', occurred_at: 'timestamptz', stream_version: 'integer', recorded_at: 'timestamptz',
    recorded: 'jsonb', corrections: 'jsonb',
  },
  key: ['case_id', 'event_id'],
};

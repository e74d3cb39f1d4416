import type { Pool } from 'pg';
import type { CalendarItem } from '@casetrail/contract';

export { CALENDAR_KINDS, type CalendarKind } from '@casetrail/contract';

/** A calendar entry as the read model keeps it: the item the route lists, and the event it comes from. */
export interface CalendarEntry extends CalendarItem {
  /** The summons or adjournment it comes from: ties broken, never shown. */
  readonly eventId: string;
}

export interface CalendarQuestion {
  /** Lesotho dates, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly district: string | null;
  readonly court: string | null;
  /** The world as it stood then (as known now): only summonses and adjournments that had occurred; null: all. */
  readonly asOf: string | null;
  /** Only what was recorded by then (a walk through pages sees the calendar as it stood at its first page). */
  readonly recordedBy: string;
}

/**
 * The latest moment anything on the calendar was recorded (UTC, to the microsecond), or null while it is
 * empty: what a walk through its pages is pinned to. The read model's own times, never the server's clock.
 */
export async function calendarRecordedUpTo(pool: Pool): Promise<string | null> {
  const { rows } = await pool.query<{ latest: string | null }>(
    `SELECT to_char(max(recorded_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS latest FROM rm_court_calendar_dates`,
  );
  return rows[0]?.latest ?? null;
}

/** Every entry due in the window, in no particular order (the route sorts and pages). */
export async function readCourtCalendar(pool: Pool, question: CalendarQuestion): Promise<CalendarEntry[]> {
  return entriesWhere(pool, question.recordedBy, {
    from: question.from, to: question.to, district: question.district, court: question.court, eventId: null, asOf: question.asOf,
  });
}

/** The entry of one summons or adjournment as it stands (whatever its day), or null: where a cursor resumes. */
export async function readCalendarEntry(pool: Pool, eventId: string, recordedBy: string, district: string | null): Promise<CalendarEntry | null> {
  const [entry] = await entriesWhere(pool, recordedBy, { from: null, to: null, district, court: null, eventId, asOf: null });
  return entry ?? null;
}

interface Where {
  readonly from: string | null;
  readonly to: string | null;
  readonly district: string | null;
  readonly court: string | null;
  readonly eventId: string | null;
  readonly asOf: string | null;
}

async function entriesWhere(pool: Pool, recordedBy: string, where: Where): Promise<CalendarEntry[]> {
  const { rows } = await pool.query<CalendarEntry>(
    `SELECT * FROM (
       SELECT to_char(d.due_date, 'YYYY-MM-DD') AS date,
              CASE WHEN d.source = 'summons' THEN d.court ELSE held.court END AS court,
              d.case_id::text AS "caseId", d.suspect_ref AS "suspectRef",
              CASE WHEN d.source = 'summons' THEN 'summons_return' ELSE 'adjourned_hearing' END AS kind,
              d.event_id::text AS "eventId"
       FROM rm_court_calendar_dates d
       LEFT JOIN LATERAL (
         SELECT p.court FROM rm_court_calendar_dates p
         WHERE d.source = 'adjournment' AND p.case_id = d.case_id AND p.suspect_ref = d.suspect_ref
           AND p.source IN ('summons', 'appearance') AND p.court IS NOT NULL
           AND p.occurred_at <= d.occurred_at AND p.recorded_at <= $1::timestamptz
         ORDER BY p.occurred_at DESC, p.stream_version DESC LIMIT 1
       ) held ON true
       WHERE d.source IN ('summons', 'adjournment') AND d.due_date IS NOT NULL AND d.recorded_at <= $1::timestamptz
         AND ($2::date IS NULL OR d.due_date BETWEEN $2::date AND $3::date)
         AND ($4::text IS NULL OR d.district = $4) AND ($6::uuid IS NULL OR d.event_id = $6::uuid)
         AND ($7::timestamptz IS NULL OR d.occurred_at <= $7::timestamptz)
     ) entries
     WHERE $5::text IS NULL OR court = $5`,
    [recordedBy, where.from, where.to, where.district, where.court, where.eventId, where.asOf],
  );
  return rows;
}

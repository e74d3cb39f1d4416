import type { Pool } from 'pg';
import type { CalendarEntry } from './court-calendar.query';
import type { CourtDateSource } from './court-calendar.tables';

type Fields = { court: string | null; due_date: string | null; occurred_at: string };
type Correction = Partial<Fields> & { recordedAt: string };

interface StoredDate {
  caseId: string; eventId: string; source: CourtDateSource; suspectRef: string; streamVersion: number;
  recorded: Fields; corrections: Correction[]; districts: { recordedAt: string; district: string }[];
}
type KnownDate = StoredDate & Fields & { district: string; at: number };

export interface KnownAtQuestion {
  /** Lesotho dates, inclusive; null: any day (where a cursor resumes). */
  readonly from: string | null;
  readonly to: string | null;
  readonly district: string | null;
  /** A district-scoped caller's district: only cases in it now, whatever district they were in then. */
  readonly scope: string | null;
  readonly court: string | null;
  readonly asOf: string | null;
  readonly eventId: string | null;
  readonly knownAt: string;
}

/** A row as the record stood at `knownAt`: only the corrections recorded by then laid over it. */
function asKnown(row: StoredDate, knownAt: number): KnownDate {
  const fields: Fields = { ...row.recorded };
  for (const { recordedAt, ...moved } of row.corrections) if (Date.parse(recordedAt) <= knownAt) Object.assign(fields, moved);
  const district = row.districts.filter((d) => Date.parse(d.recordedAt) <= knownAt).pop()?.district ?? row.districts[0]!.district;
  return { ...row, ...fields, district, at: Date.parse(fields.occurred_at) };
}

/**
 * The calendar as the record stood at `knownAt` (what `readCourtCalendar` answers from the rows as
 * corrected now, computed here from each row's recorded fields and dated corrections): an auditor's
 * question, so every row recorded by then is read.
 */
export async function readCourtCalendarKnownAt(pool: Pool, question: KnownAtQuestion): Promise<CalendarEntry[]> {
  const { rows } = await pool.query<StoredDate>(
    `SELECT d.case_id::text AS "caseId", d.event_id::text AS "eventId", d.source, d.suspect_ref AS "suspectRef",
            d.stream_version AS "streamVersion", d.recorded, d.corrections, c.districts
     FROM rm_court_calendar_dates d JOIN rm_court_calendar_cases c ON c.case_id = d.case_id
     WHERE d.recorded_at <= $1::timestamptz AND ($2::text IS NULL OR c.district = $2)`,
    [question.knownAt, question.scope],
  );
  const knownAt = Date.parse(question.knownAt);
  const asOf = question.asOf === null ? Infinity : Date.parse(question.asOf);
  const known = rows.map((row) => asKnown(row, knownAt)).filter((row) => question.district === null || row.district === question.district);
  const byAccused = new Map<string, KnownDate[]>();
  for (const row of known) {
    const key = `${row.caseId}/${row.suspectRef}`;
    byAccused.set(key, [...(byAccused.get(key) ?? []), row]);
  }
  const heldAt = (adjournment: KnownDate): string | null => {
    const before = (byAccused.get(`${adjournment.caseId}/${adjournment.suspectRef}`) ?? [])
      .filter((r) => r.source !== 'adjournment' && r.court !== null && r.at <= adjournment.at)
      .sort((a, b) => b.at - a.at || b.streamVersion - a.streamVersion);
    return before[0]?.court ?? null;
  };
  return known
    .filter((row) => row.source !== 'appearance' && row.due_date !== null && row.at <= asOf)
    .filter((row) => (question.from === null || row.due_date! >= question.from) && (question.to === null || row.due_date! <= question.to))
    .filter((row) => question.eventId === null || row.eventId === question.eventId)
    .map((row) => ({
      date: row.due_date!, court: row.source === 'summons' ? row.court : heldAt(row), caseId: row.caseId, suspectRef: row.suspectRef,
      kind: row.source === 'summons' ? ('summons_return' as const) : ('adjourned_hearing' as const), eventId: row.eventId,
    }))
    .filter((entry) => question.court === null || entry.court === question.court);
}

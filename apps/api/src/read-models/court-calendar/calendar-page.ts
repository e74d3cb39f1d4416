import type { CalendarEntry } from '@casetrail/read-models';
import { ApiError } from '../../http/api-error';

type Place = readonly [date: string, court: string | null, caseId: string, suspectRef: string, kind: string, eventId: string];

/**
 * Where a walk through the calendar stands: what was recorded by its first page, and the summons or
 * adjournment of the last entry given (its place is read again, so the cursor stays short).
 */
export interface CalendarCursor {
  readonly recordedBy: string;
  readonly afterEventId: string;
}

const placeOf = (e: CalendarEntry): Place => [e.date, e.court, e.caseId, e.suspectRef, e.kind, e.eventId];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** A court not known sorts after every named one. */
const byCourt = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : byText(a, b));

/** Date, then court, then case; the accused, kind and event only make the order total. */
function comparePlaces(a: Place, b: Place): number {
  return byText(a[0], b[0]) || byCourt(a[1], b[1]) || byText(a[2], b[2]) || byText(a[3], b[3]) || byText(a[4], b[4]) || byText(a[5], b[5]);
}

export const badCursor = () =>
  new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
    fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
  });

/** The pin's digits (UTC to the microsecond), then the event id: short enough for a query string. */
const CURSOR = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d{6})_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function decodeCalendarCursor(cursor: string): CalendarCursor {
  const [, y, mo, d, h, mi, s, us, afterEventId] = CURSOR.exec(cursor) ?? [];
  const recordedBy = `${y}-${mo}-${d}T${h}:${mi}:${s}.${us}Z`;
  if (afterEventId === undefined || Number.isNaN(Date.parse(recordedBy))) throw badCursor();
  return { recordedBy, afterEventId };
}

const encodeCursor = (recordedBy: string, last: CalendarEntry) => `${recordedBy.replace(/\D/g, '')}_${last.eventId}`;

/** One page of entries in calendar order, after the cursor's entry; the next cursor when more follow. */
export function calendarPage(entries: readonly CalendarEntry[], recordedBy: string, limit: number, after: CalendarEntry | null) {
  const sorted = [...entries].sort((a, b) => comparePlaces(placeOf(a), placeOf(b)));
  const rest = after ? sorted.filter((entry) => comparePlaces(placeOf(entry), placeOf(after)) > 0) : sorted;
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ date, court, caseId, suspectRef, kind }) => ({ date, court, caseId, suspectRef, kind })),
    nextCursor: rest.length > limit && last ? encodeCursor(recordedBy, last) : null,
  };
}

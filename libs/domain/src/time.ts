/**
 * Time as the domain sees it: ISO 8601 strings given by callers, compared as instants.
 * Nothing here reads the clock; "now" always comes in on the command.
 */

/** How far after `now` an `occurredAt` may lie before it counts as in the future. */
export const FUTURE_TOLERANCE_MINUTES = 5;

/** Lesotho keeps UTC+02:00 all year; calendar dates (return dates, adjournments) are Lesotho dates. */
export const LESOTHO_UTC_OFFSET_MINUTES = 120;
/** The same offset as ISO 8601 (and PostgreSQL's `AT TIME ZONE INTERVAL`) write it. */
export const LESOTHO_UTC_OFFSET = '+02:00';

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Milliseconds since the epoch for a timestamp with an offset, or NaN when it is not one. */
export function instantOf(timestamp: string): number {
  const m = TIMESTAMP.exec(timestamp);
  if (m === null) return Number.NaN;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number, number, number, number, number,
  ];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0').slice(0, 3));
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (!isValidDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (offsetHours > 14 || offsetMinutes > 59) return Number.NaN;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * MINUTE_MS;
}

/** True for an ISO 8601 date-time with an offset (`2021-11-08T09:30:00+02:00`, or `Z`). */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(instantOf(value));
}

/** True for a calendar date `YYYY-MM-DD` that exists. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when timestamp `a` is strictly earlier than `b`. */
export function isBefore(a: string, b: string): boolean {
  return instantOf(a) < instantOf(b);
}

/** True when `occurredAt` lies more than the tolerance after `now`. */
export function isInFuture(occurredAt: string, now: string): boolean {
  return instantOf(occurredAt) > instantOf(now) + FUTURE_TOLERANCE_MINUTES * MINUTE_MS;
}

/** The latest of some timestamps (nulls ignored), or null when there is none. */
export function latestOf(...timestamps: readonly (string | null)[]): string | null {
  let latest: string | null = null;
  for (const t of timestamps) {
    if (t !== null && (latest === null || isBefore(latest, t))) latest = t;
  }
  return latest;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The civil date of a day count since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
function civilDate(epochDays: number): string {
  const z = epochDays + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Lesotho's day count since 1970-01-01 at an instant (milliseconds since the epoch). */
function lesothoDayNumber(instant: number): number {
  return Math.floor((instant + LESOTHO_UTC_OFFSET_MINUTES * MINUTE_MS) / DAY_MS);
}

/** The calendar date in Lesotho (UTC+02:00) at the given timestamp. */
export function lesothoDateOf(timestamp: string): string {
  return civilDate(lesothoDayNumber(instantOf(timestamp)));
}

/** Whole Lesotho calendar days from one instant to another (milliseconds since the epoch). */
export function lesothoDaysBetween(from: number, to: number): number {
  return lesothoDayNumber(to) - lesothoDayNumber(from);
}

/** 00:00 Lesotho time on a Lesotho date (`YYYY-MM-DD`): where that calendar day starts. */
export function startOfLesothoDay(date: string): string {
  return `${date}T00:00:00${LESOTHO_UTC_OFFSET}`;
}

/** An instant (milliseconds since the epoch) as Lesotho's local time to the second: `2021-11-08T09:30:00+02:00`. */
export function lesothoTimestampOf(instant: number): string {
  const day = lesothoDayNumber(instant);
  const seconds = Math.floor((instant + LESOTHO_UTC_OFFSET_MINUTES * MINUTE_MS - day * DAY_MS) / 1000);
  const clock = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => pad(n, 2)).join(':');
  return `${civilDate(day)}T${clock}${LESOTHO_UTC_OFFSET}`;
}

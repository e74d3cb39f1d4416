/** Lesotho time is UTC+02:00 all year: every day and time the page shows is Lesotho's. */
const LESOTHO_OFFSET_MS = 2 * 3600_000;

export const lesothoDay = (moment: string | number | Date): string =>
  new Date(new Date(moment).getTime() + LESOTHO_OFFSET_MS).toISOString().slice(0, 10);

export const lesothoTime = (moment: string | number | Date): string =>
  new Date(new Date(moment).getTime() + LESOTHO_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** A `datetime-local` value (Lesotho time) as the API's ISO 8601 with the offset. */
export const fromLocalInput = (value: string): string | null => (value ? `${value}:00+02:00` : null);

/** The last moment of a Lesotho day (`YYYY-MM-DD`) as the API's ISO 8601; null for an empty value (now). */
export const endOfLesothoDay = (day: string): string | null => (day ? `${day}T23:59:59.999+02:00` : null);

/** The reporting period (1 April to 31 March) a moment falls in, e.g. "2021-22". */
export function periodOf(moment: string | number | Date): string {
  const day = lesothoDay(moment);
  const year = Number(day.slice(0, 4));
  const start = day.slice(5) >= '04-01' ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The period `n` years before (or after, for negative n) a period. */
export function shiftPeriod(period: string, n: number): string {
  const start = Number(period.slice(0, 4)) - n;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

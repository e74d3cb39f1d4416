import { registerDecorator, type ValidationOptions } from 'class-validator';

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO 8601 time with an explicit offset, e.g. 2021-11-08T09:30:00+02:00. */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIMESTAMP.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number, number, number, number, number, number,
  ];
  if (year < 1900 || !isCalendarDate(year, month, day)) return false;
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[8] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** A calendar date, YYYY-MM-DD. */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return !!m && Number(m[1]) >= 1900 && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

function format(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: `$property ${message}`, ...options },
      validator: { validate: test },
    });
}

export const IsTimestamp = format('isTimestamp', isTimestamp, 'must be an ISO 8601 time with an offset');
export const IsCalendarDay = format('isCalendarDay', isCalendarDay, 'must be a date as YYYY-MM-DD');
/** Pseudonymous handles for people, summonses and appeals. */
export const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

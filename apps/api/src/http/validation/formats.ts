import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate, isTimestamp as isDomainTimestamp } from '@casetrail/domain';

/** The API takes no date before 1900: a typo, never a trafficking case. */
const FROM_1900 = (value: string) => value >= '1900';

/** ISO 8601 time with an explicit offset, e.g. 2021-11-08T09:30:00+02:00 (the domain's `isTimestamp`), from 1900. */
export function isTimestamp(value: unknown): value is string {
  return isDomainTimestamp(value) && FROM_1900(value);
}

/** A calendar date, YYYY-MM-DD (the domain's `isCalendarDate`), from 1900. */
export function isCalendarDay(value: unknown): value is string {
  return isCalendarDate(value) && FROM_1900(value);
}

function format(name: string, test: (value: unknown) => boolean, message: string) {
  return (options?: ValidationOptions): PropertyDecorator => (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `$property ${message}`, ...options },
      validator: { validate: test },
    });
}

export const IsTimestamp = format('isTimestamp', isTimestamp, 'must be an ISO 8601 time with an offset');
export const IsCalendarDay = format('isCalendarDay', isCalendarDay, 'must be a date as YYYY-MM-DD');
/** Pseudonymous handles for people, summonses and appeals. */
export const REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

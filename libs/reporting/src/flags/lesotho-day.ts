import { lesothoDateOf, startOfLesothoDay } from '@casetrail/domain';

const DAY_MS = 86_400_000;

/** The Lesotho date `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** 00:00 Lesotho time on the `days`-th day after the Lesotho day of `timestamp`. */
export function dayAfter(timestamp: string, days: number): string {
  return startOfLesothoDay(addDays(lesothoDateOf(timestamp), days));
}

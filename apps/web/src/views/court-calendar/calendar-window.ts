import { lesothoDay } from '../../components/dates';

/** The calendar's default window: today and the next 29 days (30 days), in Lesotho. */
export function nextThirtyDays(now = Date.now()): { from: string; to: string } {
  return { from: lesothoDay(now), to: lesothoDay(now + 29 * 86_400_000) };
}

/** The API takes at most 366 days, `from` not after `to` (dates as YYYY-MM-DD compare as text). */
export const isWindow = (from: string, to: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to && Date.parse(to) - Date.parse(from) <= 365 * 86_400_000;

import { instantOf } from '@casetrail/domain';

/**
 * A time as a leaf's public part shows it: the instant in UTC to the millisecond, always 24
 * characters (`2021-11-08T07:30:00.000Z`), whatever offset and precision it was given with. The
 * figures compare instants at millisecond precision, so nothing they need is lost. Text that is no
 * such time (never stored by the domain) is shown as stored rather than refused: every stored event
 * must stay sealable.
 */
export function leafTime(timestamp: string): string {
  const instant = instantOf(timestamp);
  return Number.isNaN(instant) ? timestamp : new Date(instant).toISOString();
}

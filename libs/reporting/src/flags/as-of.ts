import { isBefore } from '@casetrail/domain';
import type { RedFlag } from './red-flag';

/** True when the flag holds at `moment`: raised by then and not cleared by then. */
export function isOpenAt(flag: RedFlag, moment: string): boolean {
  return !isBefore(moment, flag.raisedAt) && (flag.clearedAt === null || isBefore(moment, flag.clearedAt));
}

/**
 * The flags as they stood at `asOf` (the world then, as known now): those raised by then, a
 * clearing after it not yet happened (clearedAt null, its event left out).
 */
export function flagsAsOf(flags: readonly RedFlag[], asOf: string): RedFlag[] {
  return flags
    .filter((flag) => !isBefore(asOf, flag.raisedAt))
    .map((flag) =>
      flag.clearedAt === null || !isBefore(asOf, flag.clearedAt)
        ? flag
        : { ...flag, clearedAt: null, eventIds: flag.eventIds.slice(0, -1) },
    );
}

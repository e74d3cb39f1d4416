import type { Pool } from 'pg';
import { instantOf } from '@casetrail/domain';
import { decodeGlobalPosition, encodeGlobalPosition } from '@casetrail/event-store';
import { caseListPosition, type PinnedMoment } from '@casetrail/read-models';
import { assertSamePinnedSort, badCursor, momentOf, type ListCursor, type PinCell } from './list-cursor';

/**
 * What the first page of a list read from the cases as they stood pins for the walk: the case list's
 * read-model position, asOf and knownAt as asked, and (when neither was asked) the first page's now.
 */
export interface TimeTravelPin {
  readonly position: string;
  readonly asOf: string | null;
  readonly knownAt: string | null;
  readonly now: string | null;
}

export const PIN_CELLS = 5;

/** A cursor's pin: it must be one a first page gives, and of the sort asked now (a cursor is opaque, not trusted). */
export function pinOfCursor(cursor: ListCursor, sorts: readonly string[], sort: string): TimeTravelPin {
  const [position, asOf, knownAt, now, sortIndex] = cursor.pin;
  assertSamePinnedSort(sortIndex, sorts, sort);
  if (typeof position !== 'string' || !/^\d{1,20}:\d{1,20}$/.test(position)) throw badCursor();
  const pin = { position, asOf: momentOf(asOf), knownAt: momentOf(knownAt), now: momentOf(now) };
  if ((pin.now === null) === (pin.asOf === null && pin.knownAt === null)) throw badCursor();
  return pin;
}

/** The first page's pin: the read-model position now, and the moments asked. */
export async function firstPin(pool: Pool, asOf: string | null, knownAt: string | null, now: string): Promise<TimeTravelPin> {
  const position = encodeGlobalPosition(await caseListPosition(pool));
  return { position, asOf, knownAt, now: asOf === null && knownAt === null ? now : null };
}

/** Where the list looks, for the read models. */
export const pinnedMoment = (pin: TimeTravelPin): PinnedMoment => ({
  position: decodeGlobalPosition(pin.position), asOf: pin.asOf, knownAt: pin.knownAt,
});

/** The moment the list is seen at: asOf, or knownAt, or the first page's now. */
export const momentOfPin = (pin: TimeTravelPin): string => pin.asOf ?? pin.knownAt ?? pin.now!;

const msOf = (moment: string | null) => (moment === null ? null : instantOf(moment));

/** The pin as a cursor carries it: moments in milliseconds, the sort by its index in the allow-list. */
export const pinCells = (pin: TimeTravelPin, sorts: readonly string[], sort: string): PinCell[] =>
  [pin.position, msOf(pin.asOf), msOf(pin.knownAt), msOf(pin.now), sorts.indexOf(sort)];

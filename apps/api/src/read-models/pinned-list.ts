import type { Pool } from 'pg';
import type { PinnedMoment } from '@casetrail/read-models';
import { badCursor, decodeCursor, encodeCursor, pageOf, type KeyCell } from './lists/list-cursor';
import { limitOf, type ListQueryDto } from './lists/list-query.dto';
import { firstPin, momentOfPin, PIN_CELLS, pinCells, pinnedMoment, pinOfCursor, type TimeTravelPin } from './lists/time-travel-pin';
import type { ReadModelReader } from './read-model-reader';

/** What a list read as the cases stood or stand takes: paging, and the moments to look from. */
export interface PinnedListQuery extends ListQueryDto {
  readonly asOf?: string;
  readonly knownAt?: string;
}

/** How a list checks its cursor: its sorts, the one asked, and whether a cursor's key is one of its rows'. */
export interface PinnedListSort<K extends readonly KeyCell[]> {
  readonly sorts: readonly string[];
  readonly sort: string;
  readonly isKey: (key: readonly KeyCell[]) => key is K;
}

/** A list's walk under its pin: where and when it looks, the cursor's key, and the page after it. */
export interface PinnedList<K extends readonly KeyCell[]> {
  readonly pin: TimeTravelPin;
  readonly at: PinnedMoment;
  readonly moment: string;
  readonly after: K | null;
  readonly limit: number;
  /** The next page's cursor, after `key`, carrying this pin. */
  nextCursor(key: readonly KeyCell[]): string;
  /** One page of rows held in memory, sorted by `keyOf`, after the cursor's key. */
  page<T>(rows: readonly T[], keyOf: (row: T) => readonly KeyCell[], descending: boolean): { items: T[]; nextCursor: string | null };
}

/**
 * Reads a list pinned by its first page: a cursor's pin and key are checked before anything is read (a cursor
 * is opaque, not trusted), then `read` runs under the cursor's pin, or a first page's pin of now.
 */
export function readPinnedList<K extends readonly KeyCell[], R>(
  reader: ReadModelReader, query: PinnedListQuery, { sorts, sort, isKey }: PinnedListSort<K>,
  read: (list: PinnedList<K>, pool: Pool) => Promise<R>,
): Promise<R> {
  const cursor = query.cursor ? decodeCursor(query.cursor, PIN_CELLS) : null;
  const pinned = cursor ? pinOfCursor(cursor, sorts, sort) : null;
  const after = cursor ? cursor.after : null;
  if (after !== null && !isKey(after)) throw badCursor();
  return reader.read(query.minPosition, async (pool, now) => {
    const pin = pinned ?? (await firstPin(pool, query.asOf ?? null, query.knownAt ?? null, now));
    const cells = pinCells(pin, sorts, sort);
    const limit = limitOf(query);
    return read({
      pin, at: pinnedMoment(pin), moment: momentOfPin(pin), after, limit,
      nextCursor: (key) => encodeCursor({ pin: cells, after: key }),
      page: (rows, keyOf, descending) => pageOf(rows, keyOf, descending, limit, cells, after),
    }, pool);
  });
}

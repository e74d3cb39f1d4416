import { ApiError } from '../../http/api-error';

/** One cell of a sort key: a time in milliseconds, a rank, or text (compared by code unit, as `COLLATE "C"`). */
export type KeyCell = number | string;

/** One cell of what a first page pins (a read-model position, a moment in milliseconds, the sort's index). */
export type PinCell = number | string | null;

/**
 * Where a walk through a list stands: what the first page pinned, and the sort key of the last item given
 * (its id last, so every key is unique). Written as compact JSON, base64url: a query value stays short.
 */
export interface ListCursor {
  readonly pin: readonly PinCell[];
  readonly after: readonly KeyCell[];
}

export const badCursor = () =>
  new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
    fields: [{ field: 'cursor', problems: ['not a cursor this list gave, or given with another sort'] }],
  });

export function encodeCursor({ pin, after }: ListCursor): string {
  return Buffer.from(JSON.stringify([pin, after])).toString('base64url');
}

const isCell = (cell: unknown) => typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell));

/** The cursor, checked to hold `pinLength` pinned cells and a key; what they mean is the list's to check. */
export function decodeCursor(text: string, pinLength: number): ListCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw badCursor();
  const [pin, after] = parsed as unknown[];
  if (!Array.isArray(pin) || pin.length !== pinLength || !pin.every((cell) => cell === null || isCell(cell))) throw badCursor();
  if (!Array.isArray(after) || after.length === 0 || !after.every(isCell)) throw badCursor();
  return { pin: pin as PinCell[], after: after as KeyCell[] };
}

/** A pinned moment: milliseconds since the epoch, back to ISO 8601 (UTC); null stays null. */
export function momentOf(cell: PinCell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== 'number' || !Number.isSafeInteger(cell)) throw badCursor();
  const date = new Date(cell);
  if (Number.isNaN(date.getTime())) throw badCursor();
  return date.toISOString();
}

/** A sort pinned by its index in the list's allow-list: it must be the sort asked now. */
export function assertSamePinnedSort(cell: PinCell | undefined, sorts: readonly string[], sort: string): void {
  if (cell !== sorts.indexOf(sort)) throw badCursor();
}

/** Compares two sort keys cell by cell (ascending). */
export function compareKeys(a: readonly KeyCell[], b: readonly KeyCell[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/** A parsed `sort`: the field, and whether descending. */
export interface Sort<F extends string> {
  readonly field: F;
  readonly descending: boolean;
}

export function sortOf<F extends string>(given: string): Sort<F> {
  return given.startsWith('-') ? { field: given.slice(1) as F, descending: true } : { field: given as F, descending: false };
}

/** The sort a list query asks for (`?sort=`, else the list's default): as given (`text`, what a cursor pins) and parsed. */
export interface AskedSort<F extends string> extends Sort<F> {
  readonly text: string;
}

export function askedSort<F extends string>(asked: string | undefined, fallback: F | `-${F}`): AskedSort<F> {
  const text = asked ?? fallback;
  return { text, ...sortOf<F>(text) };
}

/**
 * One page of a list held in memory: sorted by `keyOf` (descending flips the whole key, ties included),
 * the items after the cursor's key, and the next cursor (with what the first page pinned) when more follow.
 */
export function pageOf<T>(
  items: readonly T[], keyOf: (item: T) => readonly KeyCell[], descending: boolean, limit: number,
  pin: readonly PinCell[], after: readonly KeyCell[] | null,
): { items: T[]; nextCursor: string | null } {
  const direction = descending ? -1 : 1;
  const keyed = items.map((item) => ({ item, key: keyOf(item) })).sort((a, b) => direction * compareKeys(a.key, b.key));
  const rest = after ? keyed.filter(({ key }) => direction * compareKeys(key, after) > 0) : keyed;
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ item }) => item),
    nextCursor: rest.length > limit && last ? encodeCursor({ pin, after: last.key }) : null,
  };
}

import { ApiError } from '../../http/api-error';

/** One cell of a sort key: a time in milliseconds, a rank, or text (compared by code unit, as `COLLATE "C"`). */
export type KeyCell = number | string;

/**
 * Where a walk through a list stands: what the first page pinned (the read-model position, the moments it
 * looked at, the sort) and the sort key of the last item given (its id last, so every key is unique).
 */
export interface ListCursor<P extends Record<string, string | null>> {
  readonly pin: P;
  readonly after: readonly KeyCell[];
}

const refused = () =>
  new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
    fields: [{ field: 'cursor', problems: ['not a cursor this list gave, or given with another sort'] }],
  });

export function encodeCursor<P extends Record<string, string | null>>(cursor: ListCursor<P>): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor, checked to carry every pinned field `expected` names (each with the value it gives, where it gives one). */
export function decodeCursor<P extends Record<string, string | null>>(
  text: string, fields: readonly (keyof P & string)[], expected: Partial<P> = {},
): ListCursor<P> {
  let parsed: ListCursor<P>;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as ListCursor<P>;
  } catch {
    throw refused();
  }
  const { pin, after } = parsed ?? {};
  if (typeof pin !== 'object' || pin === null || !Array.isArray(after) || after.length === 0) throw refused();
  if (!after.every((cell) => typeof cell === 'string' || (typeof cell === 'number' && Number.isFinite(cell)))) throw refused();
  for (const field of fields) {
    const value = pin[field];
    if (value !== null && typeof value !== 'string') throw refused();
    if (field in expected && expected[field] !== value) throw refused();
  }
  return { pin, after };
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

export function sortOf<F extends string>(value: string | undefined, fallback: `${F}` | `-${F}`): Sort<F> {
  const given = value ?? fallback;
  return given.startsWith('-') ? { field: given.slice(1) as F, descending: true } : { field: given as F, descending: false };
}

/**
 * One page of a list held in memory: sorted by `keyOf` (descending flips the whole key, ties included),
 * the items after the cursor's key, and the next cursor when more follow.
 */
export function pageOf<T, P extends Record<string, string | null>>(
  items: readonly T[], keyOf: (item: T) => readonly KeyCell[], descending: boolean, limit: number,
  pin: P, after: readonly KeyCell[] | null,
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

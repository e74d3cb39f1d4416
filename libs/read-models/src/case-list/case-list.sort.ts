import { instantOf, startOfLesothoDay } from '@casetrail/domain';

export const CASE_SORT_FIELDS = ['referredAt', 'lastEventAt', 'district', 'stage'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

/** A case's place in the list: the sort field's value (milliseconds, a stage's rank, or a district), then its id. */
export type CaseKey = readonly [number | string, string];

/** Each sort field's column and how a key's value is written in SQL (text compared by code unit, as JavaScript does). */
export const SORT_COLUMNS: Readonly<Record<CaseSortField, { sql: string; cast: string }>> = {
  referredAt: { sql: 'referred_ms', cast: '::bigint' },
  lastEventAt: { sql: 'last_event_ms', cast: '::bigint' },
  district: { sql: 'district COLLATE "C"', cast: '::text COLLATE "C"' },
  stage: { sql: 'stage_rank', cast: '::int' },
};

/** The keyset condition: rows after (or, descending, before) the key held in parameters $value and $id. */
export function afterKey(column: { sql: string; cast: string }, descending: boolean, value: number, id: number): string {
  return `(${column.sql}, case_id) ${descending ? '<' : '>'} ($${value}${column.cast}, $${id}::uuid)`;
}

export function compareCaseKeys(a: CaseKey, b: CaseKey): number {
  const [x, y] = [a[0], b[0]];
  if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  return a[1] === b[1] ? 0 : a[1] < b[1] ? -1 : 1;
}

/** The first and the after-last millisecond of a Lesotho day. */
export const dayStart = (day: string) => instantOf(startOfLesothoDay(day));
export const dayEnd = (day: string) => dayStart(day) + 86_400_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a key this sort gives (a cursor is opaque, not trusted). */
export function isCaseKey(key: readonly unknown[], sort: CaseSortField): key is CaseKey {
  const [value, id] = key;
  const valueFits = sort === 'district' ? typeof value === 'string' && value.length <= 64 : Number.isSafeInteger(value);
  return key.length === 2 && valueFits && typeof id === 'string' && UUID.test(id);
}

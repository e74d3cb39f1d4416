import type { Pool } from 'pg';
import type { CountedItem } from '@casetrail/reporting';
import { ApiError } from '../../http/api-error';

/** Where a walk through a figure's items stands: the moment its first page saw the record at, and how many were given. */
interface ItemCursor {
  readonly knownAt: string;
  readonly given: number;
}

export function decodeItemCursor(cursor: string): ItemCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as ItemCursor;
    if (typeof parsed.knownAt !== 'string' || Number.isNaN(Date.parse(parsed.knownAt))) throw new Error('knownAt');
    if (!Number.isSafeInteger(parsed.given) || parsed.given < 1) throw new Error('given');
    return parsed;
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
      fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
    });
  }
}

const inOrder = (a: CountedItem, b: CountedItem) =>
  Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.caseId.localeCompare(b.caseId) || a.eventId.localeCompare(b.eventId);

/** One page of items, in the order they occurred; the record is pinned at `knownAt`, so the order is too. */
export function itemPage(items: readonly CountedItem[], knownAt: string, limit: number, cursor: ItemCursor | null) {
  const given = cursor?.given ?? 0;
  const page = [...items].sort(inOrder).slice(given, given + limit);
  const next = given + page.length;
  const nextCursor = next < items.length ? Buffer.from(JSON.stringify({ knownAt, given: next } satisfies ItemCursor)).toString('base64url') : null;
  return { page, nextCursor };
}

/** Each event's leaf in the ledger (absent while it is not yet sealed). */
export async function leafIndexes(pool: Pool, eventIds: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ eventId: string; leafIndex: string }>(
    'SELECT event_id::text AS "eventId", leaf_index::text AS "leafIndex" FROM ledger_leaves WHERE event_id = ANY($1::uuid[])',
    [eventIds],
  );
  return new Map(rows.map((row) => [row.eventId, Number(row.leafIndex)]));
}

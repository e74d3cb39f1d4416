import { encodeGlobalPosition, type EventStore, type GlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import type { Queryable } from './queryable';

/** An event the store cannot give back (its row no longer parses): named straight from the table. */
export interface UnreadableEvent {
  readonly eventId: string | null;
  readonly error: string;
}

/** The next page of the log through the store; when the store fails on an event, the events before it, then that event's id. */
export async function readLogPage(
  store: EventStore,
  db: Queryable,
  after: GlobalPosition | null,
  limit: number,
): Promise<RecordedEvent[] | UnreadableEvent> {
  try {
    return await store.readAll({ after, limit });
  } catch {
    const readable: RecordedEvent[] = [];
    let at = after;
    while (readable.length < limit) {
      try {
        const [event] = await store.readAll({ after: at, limit: 1 });
        if (!event) break;
        readable.push(event);
        at = event.globalPosition;
      } catch (error) {
        if (readable.length > 0) break;
        return { eventId: await eventIdAfter(db, at), error: (error as Error).message };
      }
    }
    return readable;
  }
}

async function eventIdAfter(db: Queryable, after: GlobalPosition | null): Promise<string | null> {
  const { rows } = await db.query<{ event_id: string }>(
    `SELECT event_id FROM events WHERE (transaction_id, position) > (split_part($1, ':', 1)::xid8, split_part($1, ':', 2)::bigint)
      ORDER BY transaction_id, position LIMIT 1`,
    [after ? encodeGlobalPosition(after) : '0:0'],
  );
  return rows[0]?.event_id ?? null;
}

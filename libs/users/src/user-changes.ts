import type { PoolClient } from 'pg';
import { inTransaction, type Database } from '@casetrail/database';
import type { EventStore, NewEvent, RecordedEvent } from '@casetrail/event-store';

/** A change to the users table and the events that record it in the user's stream. */
export interface UserChange<T> {
  /** Writes the row(s); answers what the caller gets and the events to append (none: nothing changed). */
  write(client: PoolClient): Promise<{ result: T; events: ReadonlyArray<{ userId: string; event: NewEvent }> }>;
}

/**
 * Runs a change and appends its events in one transaction when the store keeps its events in our
 * PostgreSQL. Any other store cannot join it: the row commits first (a revocation must hold at once), then
 * the events; a failed append after a creation removes the user again.
 */
export async function recordUserChange<T>(
  database: Database,
  store: EventStore,
  change: UserChange<T>,
): Promise<{ result: T; recorded: RecordedEvent[] }> {
  if (store.sessions) {
    return store.sessions.withSession(async (session) => {
      const { result, events } = await change.write(session.client);
      const recorded: RecordedEvent[] = [];
      for (const { userId, event } of events) {
        recorded.push(...(await session.appendToStream({ kind: 'user', id: userId }, 'any', [event])).events);
      }
      return { result, recorded };
    });
  }
  const { result, events } = await inTransaction(database.pool, (client) => change.write(client));
  const recorded: RecordedEvent[] = [];
  try {
    for (const { userId, event } of events) recorded.push(...(await store.appendToStream({ kind: 'user', id: userId }, 'any', [event])).events);
  } catch (error) {
    const created = events.filter(({ event }) => event.type === 'UserCreated').map(({ userId }) => userId);
    if (created.length > 0) await database.pool.query('DELETE FROM users WHERE user_id = ANY($1::uuid[])', [created]);
    throw error;
  }
  return { result, recorded };
}

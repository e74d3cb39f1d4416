import type { PoolClient } from 'pg';
import { inTransaction, type Database } from '@casetrail/database';
import type { AppendResult, EventStore, ExpectedVersion, NewEvent, StreamName } from '@casetrail/event-store';

/**
 * A write to the application's database that belongs with a command's events: a person's data key
 * (stored before the events that need it), an erased key (destroyed before the event that says so),
 * the idempotent answer (after the events, given what they were stored as).
 */
export type WriteBeside =
  | { readonly when: 'before'; write(client: PoolClient): Promise<void> }
  | { readonly when: 'after'; write(client: PoolClient, appended: AppendResult): Promise<void> };

/**
 * Appends `events` together with the writes beside them. A store with sessions (PostgreSQL) does all of
 * it in one transaction. Any other store (EventStoreDB) cannot join that transaction, so each write is
 * ordered so that no failure loses personal data or keeps what was erased: `before` writes commit first,
 * then the append, then the `after` writes (a failure there answers 500; a retry decides anew).
 */
export async function appendWithWritesBeside(
  store: EventStore,
  database: Database,
  stream: StreamName,
  expected: ExpectedVersion,
  events: readonly NewEvent[],
  writes: readonly WriteBeside[],
): Promise<AppendResult> {
  if (store.sessions) {
    return store.sessions.withSession(async (session) => {
      for (const w of writes) if (w.when === 'before') await w.write(session.client);
      const appended = await session.appendToStream(stream, expected, events);
      for (const w of writes) if (w.when === 'after') await w.write(session.client, appended);
      return appended;
    });
  }
  for (const w of writes) if (w.when === 'before') await inTransaction(database.pool, (client) => w.write(client));
  const appended = await store.appendToStream(stream, expected, events);
  for (const w of writes) if (w.when === 'after') await inTransaction(database.pool, (client) => w.write(client, appended));
  return appended;
}

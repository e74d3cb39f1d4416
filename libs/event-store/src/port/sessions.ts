import type { PoolClient } from 'pg';
import type { AppendResult, ExpectedVersion, NewEvent } from './event-store.port';
import type { StreamName } from './streams';

/**
 * One transaction of the application's PostgreSQL, shared by the store's appends and the caller's own
 * writes (a person's data key, an idempotent answer): all of them commit together or none does.
 */
export interface EventStoreSession {
  /** As the store's `appendToStream`, inside the transaction. A conflict aborts the transaction. */
  appendToStream(stream: StreamName, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult>;
  /** The transaction's connection, for writes beside the events. */
  readonly client: PoolClient;
}

/** The capability of a store whose events live in the application's PostgreSQL (like Emmett's EventStoreSessionFactory). */
export interface EventStoreSessions {
  /**
   * Runs `work` in one transaction: committed when it resolves (and the commit announced to whoever
   * follows the log), rolled back when it throws.
   */
  withSession<T>(work: (session: EventStoreSession) => Promise<T>): Promise<T>;
}

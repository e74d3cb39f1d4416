import type { Pool, PoolClient } from 'pg';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../errors';
import type {
  AppendResult, EventStore, ExpectedVersion, GlobalPosition, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription,
} from '../event-store.port';
import { START } from '../global-position';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';
import { PollingSubscription } from './polling-subscription';

export interface PostgresAppendOptions {
  /** Append inside the caller's open transaction (the caller commits or rolls back). */
  readonly client?: PoolClient;
}

const UNIQUE_VIOLATION = '23505';
const ANY_RETRIES = 10;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const pg = error as { code?: string; constraint?: string };
  return pg.code === UNIQUE_VIOLATION && pg.constraint === constraint;
}

function meets(expected: ExpectedVersion, current: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return current === 0;
  if (expected === 'stream_exists') return current > 0;
  return expected === current;
}

/** The default event store: one append-only table in PostgreSQL (or the embedded PGlite). */
export class PostgresEventStore implements EventStore {
  private readonly subscriptions = new Set<PollingSubscription>();

  constructor(private readonly pool: Pool) {}

  async appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly NewEvent[],
    options: PostgresAppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('nothing to append');
    const repeated = events.find((e, i) => events.findIndex((other) => other.eventId === e.eventId) !== i);
    if (repeated) throw new DuplicateEventIdError(repeated.eventId);
    for (let attempt = 0; ; attempt++) {
      try {
        const result = options.client
          ? await this.append(options.client, streamId, expected, events)
          : await this.inOwnTransaction((client) => this.append(client, streamId, expected, events));
        this.wakeSubscriptions();
        return result;
      } catch (error) {
        const raced = isUniqueViolation(error, 'events_stream_version_unique');
        const twin = isUniqueViolation(error, 'events_event_id_unique');
        if (options.client) {
          if (raced) throw new WrongExpectedVersionError(streamId, expected, -1);
          throw error;
        }
        // A retry of the same append that raced its twin: the next attempt answers with what the twin stored.
        if ((twin || (raced && expected !== 'any')) && attempt < 1) continue;
        if (raced && expected === 'any' && attempt < ANY_RETRIES) continue;
        if (raced) throw new WrongExpectedVersionError(streamId, expected, await this.currentVersion(this.pool, streamId));
        throw error;
      }
    }
  }

  private async append(
    client: PoolClient,
    streamId: string,
    expected: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<AppendResult> {
    const stored = await this.storedEvents(client, events);
    if (stored.length > 0) return this.earlierAppend(client, streamId, events, stored);
    const current = await this.currentVersion(client, streamId);
    if (!meets(expected, current)) {
      // A twin of this very append may have committed between the two reads: it answers for both.
      const twin = await this.storedEvents(client, events);
      if (twin.length > 0) return this.earlierAppend(client, streamId, events, twin);
      throw new WrongExpectedVersionError(streamId, expected, current);
    }
    // The INSERT is the transaction's first write, so its transaction id is taken after every event it follows.
    const values: unknown[] = [];
    const tuples = events.map((e, i) => {
      values.push(
        e.eventId, streamId, current + i + 1, e.type, e.schemaVersion, JSON.stringify(e.data), e.occurredAt,
        e.actor.userId, e.actor.role, e.correlationId, e.causationId,
      );
      const p = i * 11;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8}, $${p + 9}, $${p + 10}, $${p + 11})`;
    });
    const { rows } = await client.query<EventRow>(
      `INSERT INTO events (event_id, stream_id, version, type, schema_version, data, occurred_at, actor_id, actor_role,
                           correlation_id, causation_id)
       VALUES ${tuples.join(', ')} RETURNING ${EVENT_COLUMNS}`,
      values,
    );
    return this.result(streamId, rows.map(toRecordedEvent));
  }

  private async storedEvents(client: PoolClient, events: readonly NewEvent[]): Promise<RecordedEvent[]> {
    const { rows } = await client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY events.position`,
      [events.map((e) => e.eventId)],
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * A retried append answers what the first one stored, provided it is the very same append: the same
   * events, in the same order, with the same content, and no others (one append is one transaction).
   */
  private async earlierAppend(
    client: PoolClient,
    streamId: string,
    events: readonly NewEvent[],
    stored: RecordedEvent[],
  ): Promise<AppendResult> {
    const same =
      stored.length === events.length &&
      stored.every((s, i) => {
        const e = events[i]!;
        return (
          s.eventId === e.eventId && s.streamId === streamId && s.type === e.type && s.schemaVersion === e.schemaVersion &&
          s.occurredAt === e.occurredAt && JSON.stringify(s.data) === JSON.stringify(e.data) &&
          s.actor.userId === e.actor.userId && s.actor.role === e.actor.role &&
          (i === 0 || s.version === stored[i - 1]!.version + 1)
        );
      });
    if (!same) throw new DuplicateEventIdError(stored[0]!.eventId);
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND transaction_id = $2::text::xid8',
      [streamId, stored[0]!.globalPosition.transactionId.toString()],
    );
    if (rows[0]!.n !== stored.length) throw new DuplicateEventIdError(stored[0]!.eventId);
    return this.result(streamId, stored);
  }

  private result(streamId: string, events: RecordedEvent[]): AppendResult {
    const last = events[events.length - 1]!;
    return { streamId, nextVersion: last.version, position: last.position, globalPosition: last.globalPosition, events };
  }

  private async currentVersion(client: Pool | PoolClient, streamId: string): Promise<number> {
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM events WHERE stream_id = $1',
      [streamId],
    );
    return rows[0]?.version ?? 0;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = $1 AND version >= $2 AND ($3::int IS NULL OR version <= $3)
         AND ($4::timestamptz IS NULL OR recorded_at <= $4::timestamptz)
       ORDER BY events.version`,
      [streamId, options.fromVersion ?? 1, options.toVersion ?? null, options.recordedAtOrBefore ?? null],
    );
    return rows.map(toRecordedEvent);
  }

  async readEvent(eventId: string): Promise<RecordedEvent | null> {
    if (!/^[0-9a-f-]{36}$/i.test(eventId)) return null;
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = $1`, [eventId]);
    return rows[0] ? toRecordedEvent(rows[0]) : null;
  }

  /**
   * Reads in (transaction id, position) order, and only below the oldest transaction still running:
   * a transaction that commits later can only ever add events above what has been read.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY events.transaction_id, events.position
       LIMIT $3`,
      [after.transactionId.toString(), after.sequence.toString(), options.limit ?? 1000],
    );
    return rows.map(toRecordedEvent);
  }

  async globalPositionAt(position: bigint): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<{ transaction_id: string }>(
      'SELECT transaction_id::text FROM events WHERE position = $1',
      [position.toString()],
    );
    return rows[0] ? { transactionId: BigInt(rows[0].transaction_id), sequence: position } : null;
  }

  async countAfter(after: GlobalPosition | null): Promise<number> {
    const from = after ?? START;
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM events WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint)',
      [from.transactionId.toString(), from.sequence.toString()],
    );
    return Number(rows[0]?.n ?? 0);
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(this, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    subscription.start();
    return subscription;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
  }

  private wakeSubscriptions(): void {
    for (const subscription of this.subscriptions) subscription.wake();
  }

  private async inOwnTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

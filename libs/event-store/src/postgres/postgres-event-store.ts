import type { Pool, PoolClient } from 'pg';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../port/errors';
import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
} from '../port/event-store.port';
import { partsOf, positionOf, START, type GlobalPosition } from '../port/global-position';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';
import { EVENTS_CHANNEL } from './listen-for-events';

export interface PostgresAppendOptions {
  /** Append inside the caller's open transaction (the caller commits or rolls back). */
  readonly client?: PoolClient;
}

const UNIQUE_VIOLATION = '23505';
/** Appends within this long of each other are announced by one NOTIFY. */
const ANNOUNCE_EVERY_MS = 5;

/** One append as one statement: the stream's current version, the check, and the INSERT. */
const INSERT_IF_AT = `
  WITH current AS (SELECT coalesce(max(version), 0) AS version FROM events WHERE stream_id = $1)
  INSERT INTO events (event_id, stream_id, version, type, schema_version, data, occurred_at, actor_id, actor_role,
                      correlation_id, causation_id)
  SELECT e.event_id, $1, current.version + e.ord::int, e.type, e.schema_version, e.data, e.occurred_at, e.actor_id,
         e.actor_role, e.correlation_id, e.causation_id
  FROM current CROSS JOIN unnest($4::uuid[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[],
                                 $11::text[], $12::text[])
       WITH ORDINALITY AS e(event_id, type, schema_version, data, occurred_at, actor_id, actor_role, correlation_id,
                            causation_id, ord)
  WHERE CASE $2::text WHEN 'any' THEN true WHEN 'no_stream' THEN current.version = 0
                      WHEN 'stream_exists' THEN current.version > 0 ELSE current.version = $3::int END
  ORDER BY e.ord
  RETURNING ${EVENT_COLUMNS}`;
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
  private announcing: NodeJS.Timeout | null = null;

  /**
   * `prepare`: name the hot statements, so PostgreSQL parses and plans each once per connection (about
   * twice the append rate). `announce`: after each commit, tell listeners in other processes (NOTIFY on
   * EVENTS_CHANNEL, at most one every few milliseconds). Neither for the embedded database: pglite-socket
   * serves every connection from one session, where a name prepared by an earlier connection already
   * exists, and there is no other process to tell.
   */
  constructor(
    private readonly pool: Pool,
    private readonly options: { readonly prepare?: boolean; readonly announce?: boolean } = {},
  ) {}

  /**
   * Wakes projectors and sealers in other processes; appends in the store's own transaction call it
   * themselves, a caller appending in its own transaction calls it once that transaction has committed.
   * Coalesced and outside any append's transaction, so appends never queue on PostgreSQL's notify lock.
   */
  announceCommit(): void {
    if (!this.options.announce || this.announcing) return;
    this.announcing = setTimeout(() => {
      this.announcing = null;
      this.pool.query('SELECT pg_notify($1, \'\')', [EVENTS_CHANNEL]).catch(() => undefined); // listeners also poll
    }, ANNOUNCE_EVERY_MS);
  }

  /** A query, named when statements are prepared. */
  private statement(name: string, text: string, values: unknown[]): { name?: string; text: string; values: unknown[] } {
    return this.options.prepare ? { name, text, values } : { text, values };
  }

  async appendToStream(
    streamId: string,
    expected: ExpectedVersion,
    events: readonly NewEvent[],
    options: PostgresAppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('nothing to append');
    const repeated = events.find((e, i) => events.findIndex((other) => other.eventId === e.eventId) !== i);
    if (repeated) throw new DuplicateEventIdError(repeated.eventId);
    let checkFirst = false;
    for (let attempt = 0; ; attempt++) {
      try {
        const db = options.client ?? this.pool;
        // The common case in one round trip: the stream is where the caller expects it. After a clash on
        // an event id (a retry) or on a version, the next attempt looks at what is stored first.
        const inserted = checkFirst ? null : await this.insertIfAt(db, streamId, expected, events);
        const result = inserted
          ? this.result(streamId, inserted)
          : options.client
            ? await this.append(options.client, streamId, expected, events)
            : await this.inOwnTransaction((client) => this.append(client, streamId, expected, events));
        if (!options.client) this.announceCommit();
        return result;
      } catch (error) {
        const raced = isUniqueViolation(error, 'events_stream_version_unique');
        const twin = isUniqueViolation(error, 'events_event_id_unique');
        if (options.client) {
          // The caller's transaction is aborted: nothing more can be asked in it.
          if (raced) throw new WrongExpectedVersionError(streamId, expected, -1);
          if (twin) throw new DuplicateEventIdError(events[0]!.eventId);
          throw error;
        }
        // A retry of the same append, or a twin that raced it: the next attempt answers with what is stored.
        if ((twin || (raced && expected !== 'any')) && attempt < 1) {
          checkFirst = true;
          continue;
        }
        if (raced && expected === 'any' && attempt < ANY_RETRIES) continue;
        if (raced) throw new WrongExpectedVersionError(streamId, expected, await this.currentVersion(this.pool, streamId));
        throw error;
      }
    }
  }

  /**
   * Inserts the events at the stream's next versions if the stream is at `expected`, in one statement
   * (its own transaction on the pool, or the caller's); answers null, storing nothing, when it is not.
   */
  private async insertIfAt(
    db: Pool | PoolClient,
    streamId: string,
    expected: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<RecordedEvent[] | null> {
    const { rows } = await db.query<EventRow>(this.statement('casetrail-insert-if-at', INSERT_IF_AT, [
      streamId,
      typeof expected === 'number' ? 'exact' : expected,
      typeof expected === 'number' ? expected : null,
      events.map((e) => e.eventId),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => e.occurredAt),
      events.map((e) => e.actor.userId),
      events.map((e) => e.actor.role),
      events.map((e) => e.correlationId),
      events.map((e) => e.causationId),
    ]));
    if (rows.length === 0) return null;
    return rows.map(toRecordedEvent).sort((a, b) => a.version - b.version);
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
      [streamId, partsOf(stored[0]!.globalPosition).major.toString()],
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
    const { rows } = await this.pool.query<EventRow>(this.statement(
      'casetrail-read-stream',
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_id = $1 AND version >= $2 AND ($3::int IS NULL OR version <= $3)
         AND ($4::timestamptz IS NULL OR recorded_at <= $4::timestamptz)
       ORDER BY events.version`,
      [streamId, options.fromVersion ?? 1, options.toVersion ?? null, options.recordedAtOrBefore ?? null],
    ));
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
    const after = partsOf(options.after ?? START);
    const { rows } = await this.pool.query<EventRow>(this.statement(
      'casetrail-read-all',
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY events.transaction_id, events.position
       LIMIT $3`,
      [after.major.toString(), after.minor.toString(), options.limit ?? 1000],
    ));
    return rows.map(toRecordedEvent);
  }

  async globalPositionAt(position: bigint): Promise<GlobalPosition | null> {
    const { rows } = await this.pool.query<{ transaction_id: string }>(
      'SELECT transaction_id::text FROM events WHERE position = $1',
      [position.toString()],
    );
    return rows[0] ? positionOf(BigInt(rows[0].transaction_id), position) : null;
  }

  async countAfter(after: GlobalPosition | null): Promise<number> {
    const from = partsOf(after ?? START);
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM events WHERE (transaction_id, position) > ($1::text::xid8, $2::bigint)',
      [from.major.toString(), from.minor.toString()],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    if (this.announcing) clearTimeout(this.announcing);
    this.announcing = null;
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

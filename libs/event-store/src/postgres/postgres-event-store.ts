import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '@casetrail/database';
import { DuplicateEventIdError, emptyAppend, WrongExpectedVersionError } from '../port/errors';
import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
} from '../port/event-store.port';
import { partsOf, positionOf, START, type GlobalPosition } from '../port/global-position';
import type { EventStoreSession, EventStoreSessions } from '../port/sessions';
import type { StreamKind, StreamName } from '../port/streams';
import { currentVersion, earlierAppend, insertIfAt, storedEvents, type Statement } from './append-statements';
import { CommitAnnouncer } from './commit-announcer';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

const UNIQUE_VIOLATION = '23505';
const ANY_RETRIES = 10;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const pg = error as { code?: string; constraint?: string };
  return pg.code === UNIQUE_VIOLATION && pg.constraint === constraint;
}

const isVersionRace = (error: unknown) => isUniqueViolation(error, 'events_stream_version_unique');
const isEventIdTwin = (error: unknown) => isUniqueViolation(error, 'events_event_id_unique');

function checkBatch(events: readonly NewEvent[]): void {
  if (events.length === 0) throw emptyAppend();
  const repeated = events.find((e, i) => events.findIndex((other) => other.eventId === e.eventId) !== i);
  if (repeated) throw new DuplicateEventIdError(repeated.eventId);
}

/** The default event store: one append-only table in PostgreSQL (or the embedded PGlite). */
export class PostgresEventStore implements EventStore, EventStoreSessions {
  readonly backend = 'postgres';
  readonly sessions: EventStoreSessions = this;
  private readonly announcer: CommitAnnouncer;

  /**
   * `prepare`: name the hot statements, so PostgreSQL parses and plans each once per connection (about
   * twice the append rate). `announce`: after each commit, tell followers in other processes. Neither for
   * the embedded database: pglite-socket serves every connection from one session, where a name prepared
   * by an earlier connection already exists, and there is no other process to tell.
   */
  constructor(
    private readonly pool: Pool,
    private readonly options: { readonly prepare?: boolean; readonly announce?: boolean } = {},
  ) {
    this.announcer = new CommitAnnouncer(pool, options.announce ?? false);
  }

  /** A query, named when statements are prepared. */
  private readonly statement: Statement = (name, text, values) =>
    this.options.prepare ? { name, text, values } : { text, values };

  async appendToStream(stream: StreamName, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult> {
    checkBatch(events);
    let checkFirst = false;
    for (let attempt = 0; ; attempt++) {
      try {
        // The common case in one round trip: the stream is where the caller expects it. After a clash on
        // an event id (a retry) or on a version, the next attempt looks at what is stored first.
        const inserted = checkFirst ? null : await insertIfAt(this.pool, this.statement, stream, expected, events);
        const result = inserted ?? (await inTransaction(this.pool, (client) => this.appendChecked(client, stream, expected, events)));
        this.announcer.committed();
        return result;
      } catch (error) {
        const raced = isVersionRace(error);
        // A retry of the same append, or a twin that raced it: the next attempt answers with what is stored.
        if ((isEventIdTwin(error) || (raced && expected !== 'any')) && attempt < 1) {
          checkFirst = true;
          continue;
        }
        if (raced && expected === 'any' && attempt < ANY_RETRIES) continue;
        if (raced) throw new WrongExpectedVersionError(stream, expected, await currentVersion(this.pool, stream));
        throw error;
      }
    }
  }

  async withSession<T>(work: (session: EventStoreSession) => Promise<T>): Promise<T> {
    const result = await inTransaction(this.pool, (client) =>
      work({ client, appendToStream: (stream, expected, events) => this.appendIn(client, stream, expected, events) }),
    );
    this.announcer.committed();
    return result;
  }

  /** An append inside the caller's transaction: after a clash the transaction is aborted, so nothing more is asked in it. */
  private async appendIn(client: PoolClient, stream: StreamName, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult> {
    checkBatch(events);
    try {
      return (await insertIfAt(client, this.statement, stream, expected, events)) ?? (await this.appendChecked(client, stream, expected, events));
    } catch (error) {
      if (isVersionRace(error)) throw new WrongExpectedVersionError(stream, expected, null);
      if (isEventIdTwin(error)) throw new DuplicateEventIdError(events[0]!.eventId);
      throw error;
    }
  }

  /** The careful path: a retry answers what is stored; otherwise the insert if the stream is at `expected`. */
  private async appendChecked(client: PoolClient, stream: StreamName, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult> {
    const stored = await storedEvents(client, events);
    if (stored.length > 0) return earlierAppend(client, stream, events, stored);
    const inserted = await insertIfAt(client, this.statement, stream, expected, events);
    if (inserted) return inserted;
    // A twin of this very append may have committed between the two reads: it answers for both.
    const twin = await storedEvents(client, events);
    if (twin.length > 0) return earlierAppend(client, stream, events, twin);
    throw new WrongExpectedVersionError(stream, expected, await currentVersion(client, stream));
  }

  async readStream<K extends StreamKind>(stream: StreamName<K>, options: ReadStreamOptions = {}): Promise<RecordedEvent<K>[]> {
    const { rows } = await this.pool.query<EventRow>(this.statement(
      'casetrail-read-stream',
      `SELECT ${EVENT_COLUMNS} FROM events
       WHERE stream_kind = $1 AND stream_id = $2 AND version >= $3 AND ($4::int IS NULL OR version <= $4)
         AND ($5::timestamptz IS NULL OR recorded_at <= $5::timestamptz)
       ORDER BY events.version`,
      [stream.kind, stream.id, options.fromVersion ?? 1, options.toVersion ?? null, options.recordedAtOrBefore ?? null],
    ));
    // Every row is of the stream asked for, so of its kind.
    return rows.map(toRecordedEvent) as RecordedEvent<K>[];
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
    this.announcer.close();
  }
}

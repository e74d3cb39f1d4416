import type { GlobalPosition } from './global-position';
import type { EventStoreSessions } from './sessions';
import type { StreamKind, StreamName } from './streams';

export type { GlobalPosition } from './global-position';

/**
 * The event store port. PostgreSQL (the default) and EventStoreDB/KurrentDB implement it;
 * the contract suite in ./testing runs against every adapter.
 */

/** Who recorded an event: the acting user and the role they acted in. */
export interface Actor {
  readonly userId: string;
  readonly role: string;
}

/** An event about to be appended. `eventId` (a UUID) makes a retried append idempotent. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** When it happened in the world: ISO 8601 with an offset, kept as given. */
  readonly occurredAt: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** An event as stored, with all its metadata. */
export interface RecordedEvent<K extends StreamKind = StreamKind> extends NewEvent {
  readonly streamKind: K;
  readonly streamId: string;
  /** 1-based version of the event within its stream. */
  readonly version: number;
  /** A stable number for the event in the global log (the store's own sequence). */
  readonly position: bigint;
  readonly globalPosition: GlobalPosition;
  /** When the store recorded it: ISO 8601, UTC. */
  readonly recordedAt: string;
}

/**
 * What the caller expects the stream to be at: `any`, `no_stream` (has no events yet),
 * `stream_exists` (has at least one event), or its exact current version (0 = no events yet).
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  readonly streamKind: StreamKind;
  readonly streamId: string;
  /** The stream's version after the append. */
  readonly nextVersion: number;
  /** Position of the last event appended. */
  readonly position: bigint;
  readonly globalPosition: GlobalPosition;
  readonly events: readonly RecordedEvent[];
}

export interface ReadStreamOptions {
  /** First version to read (inclusive, default 1). */
  readonly fromVersion?: number;
  /** Last version to read (inclusive). */
  readonly toVersion?: number;
  /** Only events recorded at or before this moment (ISO 8601): the stream as it stood then. */
  readonly recordedAtOrBefore?: string;
}

export interface ReadAllOptions {
  /** Exclusive: read events strictly after this position. Absent: from the start. */
  readonly after?: GlobalPosition | null;
  readonly limit?: number;
}

export interface EventStore {
  /**
   * Appends at least one event atomically if the stream is at `expected`, else throws
   * WrongExpectedVersionError and stores nothing. Retrying an append whose events are all stored
   * (same stream, same order, same content) answers the original result; any other reuse of a
   * stored event id throws DuplicateEventIdError.
   */
  appendToStream(stream: StreamName, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult>;
  /** Events of one stream in version order; an empty array for an unknown stream. */
  readStream<K extends StreamKind>(stream: StreamName<K>, options?: ReadStreamOptions): Promise<RecordedEvent<K>[]>;
  /** One page of all events in the global order, never skipping an event committed later. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Looks an event up by id (for corrections and proofs). */
  readEvent(eventId: string): Promise<RecordedEvent | null>;
  /**
   * The lowest global position at or before the event(s) a command answered with `position`, or null
   * when no event is there: a reader waiting to see its own write compares checkpoints with it.
   */
  globalPositionAt(position: bigint): Promise<GlobalPosition | null>;
  /** How many events follow `after` (all with null), or null where the store cannot count cheaply. */
  countAfter(after: GlobalPosition | null): Promise<number | null>;
  /**
   * Present when the store keeps its events in the application's PostgreSQL: appends can then share a
   * transaction with other writes. A store without it (EventStoreDB) is written beside the database.
   */
  readonly sessions?: EventStoreSessions;
  /** What keeps the events, for operators (`/health`): `postgres` or `eventstoredb`. */
  readonly backend: string;
  /** Releases what the store itself opened. */
  close(): Promise<void>;
}

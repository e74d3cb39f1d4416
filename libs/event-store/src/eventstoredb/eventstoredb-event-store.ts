import {
  EventStoreDBClient, WrongExpectedVersionError as ClientWrongExpectedVersionError, type AppendResult as WriteResult,
} from '@eventstore/db-client';
import { DuplicateEventIdError, emptyAppend, WrongExpectedVersionError } from '../port/errors';
import type {
  AppendResult, EventStore, ExpectedVersion, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent,
} from '../port/event-store.port';
import { positionOf, type GlobalPosition } from '../port/global-position';
import { explainRefusal, isThisAppend, reusedEventId, toAppendResult } from './append-outcome';
import { toEventData } from './case-event';
import type { EventStoreDbClient } from './client';
import { toExpectedRevision, versionOf } from './expected-revision';
import type { EventIdReservations } from './event-id-reservations';
import { toStreamName } from './stream-names';
import type { StreamKind, StreamName } from '../port/streams';
import * as events from './read-events';

export interface EventStoreDbEventStoreOptions {
  /** Where event ids are reserved for their stream before an append (the server checks them within a stream only). */
  readonly eventIds: EventIdReservations;
  /** Dispose of the client on `close()`: the store created it. */
  readonly ownsClient?: boolean;
}

/**
 * The event store on EventStoreDB/KurrentDB: one server stream per stream, named `<kind>-<id>`, the global
 * order being $all. Needs server 22.10 or later (stream reads carry log positions) and reads from the
 * leader (the client's default), so an append is read back where it was written.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly backend = 'eventstoredb';

  constructor(
    private readonly client: EventStoreDbClient,
    private readonly options: EventStoreDbEventStoreOptions,
  ) {}

  /** A store on its own client, e.g. `esdb://node1:2113,node2:2113,node3:2113?tls=false`. */
  static connect(connectionString: string, options: EventStoreDbEventStoreOptions): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString), { ...options, ownsClient: true });
  }

  async appendToStream(stream: StreamName, expected: ExpectedVersion, newEvents: readonly NewEvent[]): Promise<AppendResult> {
    const expectedRevision = toExpectedRevision(expected);
    const batch = checkBatch(newEvents);
    const reused = await this.options.eventIds.reserve(batch.map((event) => event.eventId), stream);
    if (reused !== null) throw new DuplicateEventIdError(reused);
    const proposed = batch.map((event, index) => toEventData(event, index, batch.length));
    let written: WriteResult;
    try {
      written = await this.client.appendToStream(toStreamName(stream), proposed, { expectedRevision });
    } catch (error) {
      if (!(error instanceof ClientWrongExpectedVersionError)) throw error;
      return this.refused(stream, expected, batch, versionOf(error.actualVersion));
    }
    // A client built with throwOnAppendFailure=false answers a refusal instead of throwing it.
    if (!written.success) return this.refused(stream, expected, batch, null);
    return this.readBack(stream, batch, written.nextExpectedRevision);
  }

  readStream<K extends StreamKind>(stream: StreamName<K>, options?: ReadStreamOptions): Promise<RecordedEvent<K>[]> {
    // Every event read is of the stream asked for, so of its kind.
    return events.readStream(this.client, stream, options) as Promise<RecordedEvent<K>[]>;
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return events.readAll(this.client, options);
  }

  readEvent(eventId: string): Promise<RecordedEvent | null> {
    return events.readEvent(this.client, eventId);
  }

  /** A command's `position` is its commit position: every event of that append is at or after it. */
  async globalPositionAt(position: bigint): Promise<GlobalPosition | null> {
    return positionOf(position, 0n);
  }

  /** $all cannot be counted without reading it: lag is shown as unknown. */
  async countAfter(): Promise<null> {
    return null;
  }

  /** Disposes of the client when the store created it. */
  async close(): Promise<void> {
    if (this.options.ownsClient) await this.client.dispose();
  }

  // The server answers a retried append (ids already in the stream) as a success pointing at the
  // events first written, so what it stored is read back and compared with what was asked.
  private async readBack(stream: StreamName, batch: readonly NewEvent[], lastRevision: bigint): Promise<AppendResult> {
    const firstRevision = lastRevision - BigInt(batch.length - 1);
    const stored = firstRevision < 0n ? [] : await events.readStoredEvents(this.client, stream, firstRevision, batch.length);
    if (isThisAppend(stored, batch)) return toAppendResult(stored);
    throw new DuplicateEventIdError(reusedEventId(stored, batch) ?? batch[0]!.eventId);
  }

  private async refused(
    stream: StreamName,
    expected: ExpectedVersion,
    batch: readonly NewEvent[],
    actualVersion: number | null,
  ): Promise<AppendResult> {
    const stored = await events.readStoredEvents(this.client, stream, 0n);
    const refusal = explainRefusal(stored, batch);
    if (refusal.kind === 'already_appended') return toAppendResult(refusal.stored);
    if (refusal.kind === 'reused_event_id') throw new DuplicateEventIdError(refusal.eventId);
    throw new WrongExpectedVersionError(stream, expected, actualVersion ?? stored.at(-1)?.recorded.version ?? 0);
  }
}

/** Refuses what the server would take but the port does not: no events, ids that are not UUIDs or repeat. */
function checkBatch(newEvents: readonly NewEvent[]): NewEvent[] {
  if (newEvents.length === 0) throw emptyAppend();
  const seen = new Set<string>();
  return newEvents.map((event) => {
    if (!events.isUuid(event.eventId)) throw new TypeError(`event id is not a UUID: ${event.eventId}`);
    const eventId = event.eventId.toLowerCase();
    if (seen.has(eventId)) throw new DuplicateEventIdError(eventId);
    seen.add(eventId);
    return { ...event, eventId };
  });
}

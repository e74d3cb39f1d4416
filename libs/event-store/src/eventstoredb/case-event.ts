import { jsonEvent, type EventData, type Position, type RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import type { Actor, NewEvent, RecordedEvent } from '../port/event-store.port';
import { toGlobalPosition } from './log-position';
import { fromStreamName } from './stream-names';

/** Where an event sat in the append that wrote it: tells a retried append from a partial reuse of its ids. */
export type AppendSlot = { readonly index: number; readonly count: number };

/** The metadata JSON of every event this adapter writes. */
export type CaseEventMetadata = {
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly schemaVersion: number;
  readonly append: AppendSlot;
};

/** A case event as the client types it: JSON data, our metadata. */
export type CaseEventType = {
  type: string;
  data: Record<string, unknown>;
  metadata: CaseEventMetadata;
};

/** One of our events as read back, with its append slot (null on events written without one). */
export interface StoredCaseEvent {
  readonly recorded: RecordedEvent;
  readonly append: AppendSlot | null;
}

/** The client's "no position" (2^64 - 1), given by servers before 22.6 on stream reads. */
const NO_POSITION = 2n ** 64n - 1n;

/** A new event as the client sends it: our event id as its id, so the server deduplicates retries. */
export function toEventData(event: NewEvent, index: number, count: number): EventData<CaseEventType> {
  return jsonEvent<CaseEventType>({
    id: event.eventId,
    type: event.type,
    data: event.data,
    metadata: {
      occurredAt: event.occurredAt,
      actor: { userId: event.actor.userId, role: event.actor.role },
      correlationId: event.correlationId,
      causationId: event.causationId,
      schemaVersion: event.schemaVersion,
      append: { index, count },
    },
  });
}

/**
 * One of our events from the client's, or null for anything else in the log: system events and
 * streams (`$…`), link and binary events, and events without our metadata (other applications).
 */
export function toStoredCaseEvent(event: ClientRecordedEvent): StoredCaseEvent | null {
  if (event.streamId.startsWith('$') || event.type.startsWith('$') || !event.isJson) return null;
  const stream = fromStreamName(event.streamId);
  const metadata = readMetadata(event.metadata);
  if (!stream || !metadata || !isObject(event.data)) return null;
  const position = logPositionOf(event);
  return {
    recorded: {
      eventId: event.id,
      streamKind: stream.kind,
      streamId: stream.id,
      version: Number(event.revision) + 1,
      position: position.commit,
      globalPosition: toGlobalPosition(position),
      type: event.type,
      schemaVersion: metadata.schemaVersion,
      occurredAt: metadata.occurredAt,
      data: event.data,
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      recordedAt: event.created.toISOString(),
    },
    append: metadata.append,
  };
}

function logPositionOf(event: ClientRecordedEvent): Position {
  if (!event.position || event.position.commit === NO_POSITION) {
    throw new Error(
      `EventStoreDB gave no log position for event ${event.id} of ${event.streamId}: stream reads carry one from server version 22.10 on`,
    );
  }
  return event.position;
}

function readMetadata(value: unknown): (Omit<CaseEventMetadata, 'append'> & { append: AppendSlot | null }) | null {
  if (!isObject(value)) return null;
  const { occurredAt, actor, correlationId, causationId, schemaVersion, append } = value;
  if (
    typeof occurredAt !== 'string' ||
    !isObject(actor) || typeof actor.userId !== 'string' || typeof actor.role !== 'string' ||
    typeof correlationId !== 'string' ||
    (causationId !== null && typeof causationId !== 'string') ||
    !Number.isInteger(schemaVersion)
  ) {
    return null;
  }
  return {
    occurredAt,
    actor: { userId: actor.userId, role: actor.role },
    correlationId,
    causationId,
    schemaVersion: schemaVersion as number,
    append: isAppendSlot(append) ? { index: append.index, count: append.count } : null,
  };
}

function isAppendSlot(value: unknown): value is AppendSlot {
  return isObject(value) && Number.isInteger(value.index) && Number.isInteger(value.count);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

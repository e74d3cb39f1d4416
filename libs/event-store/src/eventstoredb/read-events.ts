import { BACKWARDS, END, START, StreamNotFoundError, type Position } from '@eventstore/db-client';
import type { GlobalPosition, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../port/event-store.port';
import type { StreamName } from '../port/streams';
import { compareGlobalPositions } from '../port/global-position';
import type { EventStoreDbClient } from './client';
import { toStoredCaseEvent, type StoredCaseEvent } from './case-event';
import { toGlobalPosition, toLogPosition } from './log-position';
import { toStreamName } from './stream-names';

export const DEFAULT_PAGE_SIZE = 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/**
 * Up to `maxCount` events of a stream from a revision, as stored; none for an unknown stream.
 * A stream of ours holds only our events, so anything else in it is refused rather than skipped.
 */
export async function readStoredEvents(
  client: EventStoreDbClient,
  stream: StreamName,
  fromRevision: bigint,
  maxCount?: number,
): Promise<StoredCaseEvent[]> {
  const stored: StoredCaseEvent[] = [];
  const streamId = toStreamName(stream);
  try {
    for await (const { event } of client.readStream(streamId, { fromRevision, ...(maxCount === undefined ? {} : { maxCount }) })) {
      if (!event) continue;
      const ours = toStoredCaseEvent(event);
      if (!ours) throw new Error(`event ${event.id} of stream ${streamId} (${event.type}) is not one of ours`);
      stored.push(ours);
    }
  } catch (error) {
    if (error instanceof StreamNotFoundError) return [];
    throw error;
  }
  return stored;
}

/** Events of one stream in version order, filtered by version and by the server's `created` time. */
export async function readStream(
  client: EventStoreDbClient,
  stream: StreamName,
  options: ReadStreamOptions = {},
): Promise<RecordedEvent[]> {
  const fromVersion = Math.max(1, options.fromVersion ?? 1);
  const { toVersion, recordedAtOrBefore } = options;
  if (toVersion !== undefined && toVersion < fromVersion) return [];
  const maxCount = toVersion === undefined ? undefined : toVersion - fromVersion + 1;
  const events = (await readStoredEvents(client, stream, BigInt(fromVersion - 1), maxCount)).map((e) => e.recorded);
  if (recordedAtOrBefore === undefined) return events;
  const moment = Date.parse(recordedAtOrBefore);
  if (Number.isNaN(moment)) throw new RangeError(`recordedAtOrBefore is not an ISO 8601 moment: ${recordedAtOrBefore}`);
  return events.filter((event) => Date.parse(event.recordedAt) <= moment);
}

/**
 * One page of our events in $all order, strictly after `after`. The server reads $all from a
 * position inclusively and the page skips system events and other applications' streams, so it
 * reads on until the page is full or the log ends.
 */
export async function readAll(client: EventStoreDbClient, options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  const page: RecordedEvent[] = [];
  let seen: GlobalPosition | null = options.after ?? null;
  while (page.length < limit) {
    const chunkSize = limit - page.length + 1;
    let read = 0;
    const fromPosition: Position | typeof START = seen ? toLogPosition(seen) : START;
    for await (const { event } of client.readAll({ fromPosition, maxCount: chunkSize })) {
      read += 1;
      if (!event) continue;
      const position = toGlobalPosition(event.position);
      if (seen && compareGlobalPositions(position, seen) <= 0) continue;
      seen = position;
      const ours = toStoredCaseEvent(event);
      if (ours && page.length < limit) page.push(ours.recorded);
    }
    if (read < chunkSize) break;
  }
  return page;
}

/**
 * Looks an event up by id. EventStoreDB has no index by event id, so this scans $all backwards from
 * the end until it finds it: cheap for recent events, a read of the whole log for an unknown id.
 */
export async function readEvent(client: EventStoreDbClient, eventId: string): Promise<RecordedEvent | null> {
  if (!isUuid(eventId)) return null;
  const wanted = eventId.toLowerCase();
  const read = client.readAll({ direction: BACKWARDS, fromPosition: END });
  try {
    for await (const { event } of read) {
      if (event?.id.toLowerCase() !== wanted) continue;
      const ours = toStoredCaseEvent(event);
      if (ours) return ours.recorded;
    }
  } finally {
    await read.cancel();
  }
  return null;
}

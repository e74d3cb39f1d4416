import type { Pool, PoolClient } from 'pg';
import { DuplicateEventIdError } from '../port/errors';
import type { AppendResult, ExpectedVersion, NewEvent, RecordedEvent } from '../port/event-store.port';
import { partsOf } from '../port/global-position';
import type { StreamName } from '../port/streams';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './rows';

type Db = Pool | PoolClient;
export type Statement = (name: string, text: string, values: unknown[]) => { name?: string; text: string; values: unknown[] };

/**
 * One append as one statement: the stream's current version, the check, and the INSERT. The INSERT is
 * its transaction's first write, so its transaction id is taken after every event it follows.
 */
const INSERT_IF_AT = `
  WITH current AS (SELECT coalesce(max(version), 0) AS version FROM events WHERE stream_kind = $1 AND stream_id = $2)
  INSERT INTO events (event_id, stream_kind, stream_id, version, type, schema_version, data, occurred_at, actor_id,
                      actor_role, correlation_id, causation_id)
  SELECT e.event_id, $1, $2, current.version + e.ord::int, e.type, e.schema_version, e.data, e.occurred_at, e.actor_id,
         e.actor_role, e.correlation_id, e.causation_id
  FROM current CROSS JOIN unnest($5::uuid[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[],
                                 $12::text[], $13::text[])
       WITH ORDINALITY AS e(event_id, type, schema_version, data, occurred_at, actor_id, actor_role, correlation_id,
                            causation_id, ord)
  WHERE CASE $3::text WHEN 'any' THEN true WHEN 'no_stream' THEN current.version = 0
                      WHEN 'stream_exists' THEN current.version > 0 ELSE current.version = $4::int END
  ORDER BY e.ord
  RETURNING ${EVENT_COLUMNS}`;

/** Inserts the events at the stream's next versions if it is at `expected`; null, storing nothing, when it is not. */
export async function insertIfAt(
  db: Db,
  statement: Statement,
  stream: StreamName,
  expected: ExpectedVersion,
  events: readonly NewEvent[],
): Promise<AppendResult | null> {
  const { rows } = await db.query<EventRow>(statement('casetrail-insert-if-at', INSERT_IF_AT, [
    stream.kind,
    stream.id,
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
  return appendResult(rows.map(toRecordedEvent).sort((a, b) => a.version - b.version));
}

/** The events of this batch already stored, in the global log's order. */
export async function storedEvents(db: Db, events: readonly NewEvent[]): Promise<RecordedEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY events.position`,
    [events.map((e) => e.eventId)],
  );
  return rows.map(toRecordedEvent);
}

/**
 * A retried append answers what the first one stored, provided it is the very same append: the same
 * events, in the same stream and order, with the same content, and no others (one append is one transaction).
 */
export async function earlierAppend(
  db: Db,
  stream: StreamName,
  events: readonly NewEvent[],
  stored: readonly RecordedEvent[],
): Promise<AppendResult> {
  const same =
    stored.length === events.length &&
    stored.every((s, i) => {
      const e = events[i]!;
      return (
        s.eventId === e.eventId && s.streamKind === stream.kind && s.streamId === stream.id && s.type === e.type &&
        s.schemaVersion === e.schemaVersion && s.occurredAt === e.occurredAt && JSON.stringify(s.data) === JSON.stringify(e.data) &&
        s.actor.userId === e.actor.userId && s.actor.role === e.actor.role &&
        (i === 0 || s.version === stored[i - 1]!.version + 1)
      );
    });
  if (!same) throw new DuplicateEventIdError(stored[0]!.eventId);
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM events WHERE stream_kind = $1 AND stream_id = $2 AND transaction_id = $3::text::xid8',
    [stream.kind, stream.id, partsOf(stored[0]!.globalPosition).major.toString()],
  );
  if (rows[0]!.n !== stored.length) throw new DuplicateEventIdError(stored[0]!.eventId);
  return appendResult(stored);
}

export async function currentVersion(db: Db, stream: StreamName): Promise<number> {
  const { rows } = await db.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM events WHERE stream_kind = $1 AND stream_id = $2',
    [stream.kind, stream.id],
  );
  return rows[0]?.version ?? 0;
}

export function appendResult(events: readonly RecordedEvent[]): AppendResult {
  const last = events[events.length - 1]!;
  return {
    streamKind: last.streamKind, streamId: last.streamId, nextVersion: last.version, position: last.position,
    globalPosition: last.globalPosition, events: [...events],
  };
}

import type { RecordedEvent } from '../port/event-store.port';
import { positionOf } from '../port/global-position';
import type { StreamKind } from '../port/streams';

/** An events row as selected by `EVENT_COLUMNS`. */
export interface EventRow {
  position: string;
  transaction_id: string;
  event_id: string;
  stream_kind: StreamKind;
  stream_id: string;
  version: number;
  type: string;
  schema_version: number;
  data: string;
  occurred_at: string;
  recorded_at: Date;
  actor_id: string;
  actor_role: string;
  correlation_id: string;
  causation_id: string | null;
}

export const EVENT_COLUMNS = `position::text AS position, transaction_id::text AS transaction_id, event_id, stream_kind, stream_id,
  version, type, schema_version, data, occurred_at, recorded_at, actor_id, actor_role, correlation_id, causation_id`;

/** The global position is (transaction id, position): the order in which readers may safely see events. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    streamKind: row.stream_kind,
    streamId: row.stream_id,
    version: row.version,
    position: BigInt(row.position),
    globalPosition: positionOf(BigInt(row.transaction_id), BigInt(row.position)),
    type: row.type,
    schemaVersion: row.schema_version,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at.toISOString(),
    data: JSON.parse(row.data) as Record<string, unknown>,
    actor: { userId: row.actor_id, role: row.actor_role },
    correlationId: row.correlation_id,
    causationId: row.causation_id,
  };
}

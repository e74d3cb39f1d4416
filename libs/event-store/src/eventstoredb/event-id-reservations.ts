import type { Pool } from 'pg';
import type { StreamName } from '../port/streams';

/**
 * Which stream each event id was first appended to. EventStoreDB checks event ids within a stream
 * only, so the adapter reserves them here before appending: an id reused in another stream is then
 * refused, as on PostgreSQL.
 */
export interface EventIdReservations {
  /** Reserves the ids for `stream`; answers the first of them already reserved for another stream, or null. */
  reserve(eventIds: readonly string[], stream: StreamName): Promise<string | null>;
}

/**
 * The reservations in the application's PostgreSQL. An id stays reserved even when its append then
 * fails (a conflict, a crash): it can still be appended to that stream, never to another.
 */
export class PostgresEventIdReservations implements EventIdReservations {
  constructor(private readonly pool: Pool) {}

  async reserve(eventIds: readonly string[], stream: StreamName): Promise<string | null> {
    await this.pool.query(
      `INSERT INTO event_id_reservations (event_id, stream_kind, stream_id)
       SELECT event_id, $2, $3 FROM unnest($1::uuid[]) AS e(event_id)
       ON CONFLICT (event_id) DO NOTHING`,
      [eventIds, stream.kind, stream.id],
    );
    const { rows } = await this.pool.query<{ event_id: string }>(
      `SELECT event_id FROM event_id_reservations
        WHERE event_id = ANY($1::uuid[]) AND (stream_kind, stream_id) <> ($2, $3) LIMIT 1`,
      [eventIds, stream.kind, stream.id],
    );
    return rows[0]?.event_id ?? null;
  }
}

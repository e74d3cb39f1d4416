import { Pool } from 'pg';
import { decodeCaseEvent, foldCase } from '@casetrail/domain';
import type { NewEvent } from '@casetrail/event-store';
import { bulkEventsSql, type BulkRange } from './bulk-load';
import type { ReadEvent, SystemUnderTest } from './system';

/**
 * The physical limit: the same columns and unique keys as casetrail's `events` (a stale expected
 * version still fails, on the (stream, version) key), written by plain INSERTs and read by a keyset
 * scan on the identity column. No commit-safe order, no triggers, no notifications.
 */
const TABLE = `
  CREATE TABLE raw_events (
    position        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid NOT NULL UNIQUE,
    stream_id       text NOT NULL,
    version         integer NOT NULL,
    type            text NOT NULL,
    schema_version  integer NOT NULL,
    data            text NOT NULL,
    occurred_at     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    actor_id        text NOT NULL,
    actor_role      text NOT NULL,
    correlation_id  text NOT NULL,
    causation_id    text NULL,
    UNIQUE (stream_id, version)
  )`;

const COLUMNS = 'event_id, stream_id, version, type, schema_version, data, occurred_at, actor_id, actor_role, correlation_id, causation_id';
const PER_ROW = 11;

/** Plain `pg` INSERTs into an equivalent table, one multi-row statement per append. */
export class RawPgSystem implements SystemUnderTest {
  readonly name = 'raw' as const;
  readonly pool: Pool;

  constructor(url: string, poolSize: number) {
    this.pool = new Pool({ connectionString: url, max: poolSize });
  }

  async prepare(): Promise<void> {
    await this.pool.query(TABLE);
  }

  async append(streamId: string, expectedVersion: number, events: readonly NewEvent[]): Promise<void> {
    const values: unknown[] = [];
    const rows = events.map((event, i) => {
      values.push(
        event.eventId, streamId, expectedVersion + i + 1, event.type, event.schemaVersion, JSON.stringify(event.data),
        event.occurredAt, event.actor.userId, event.actor.role, event.correlationId, event.causationId,
      );
      return `(${Array.from({ length: PER_ROW }, (_, c) => `$${i * PER_ROW + c + 1}`).join(', ')})`;
    });
    await this.pool.query(`INSERT INTO raw_events (${COLUMNS}) VALUES ${rows.join(', ')}`, values);
  }

  async readAll(pageSize: number): Promise<ReadEvent[]> {
    const read: ReadEvent[] = [];
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<{ position: string; event_id: string; stream_id: string; version: number }>(
        'SELECT * FROM raw_events WHERE position > $1 ORDER BY position LIMIT $2',
        [after, pageSize],
      );
      if (rows.length === 0) return read;
      for (const row of rows) read.push({ eventId: row.event_id, streamId: row.stream_id, version: row.version });
      after = rows[rows.length - 1]!.position;
    }
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM raw_events');
    return Number(rows[0]!.n);
  }

  async bulkLoad(range: BulkRange): Promise<void> {
    await this.pool.query(bulkEventsSql('raw_events', range));
  }

  async finishBulkLoad(): Promise<void> {
    await this.pool.query('ANALYZE raw_events');
  }

  async caseKnownAt(streamId: string, moment: string): Promise<number> {
    const { rows } = await this.pool.query<{ event_id: string; type: string; data: string }>(
      'SELECT event_id, type, data FROM raw_events WHERE stream_id = $1 AND recorded_at <= $2 ORDER BY version',
      [streamId, moment],
    );
    const state = foldCase(rows.map((row) => decodeCaseEvent({ eventId: row.event_id, type: row.type, data: JSON.parse(row.data) })));
    if (rows.length > 0 && state.status !== 'existing') throw new Error('the case did not fold');
    return rows.length;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

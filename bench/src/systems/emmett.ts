import { dumbo, type Dumbo } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { decodeCaseEvent, foldCase } from '@casetrail/domain';
import type { NewEvent } from '@casetrail/event-store';
import { bulkCorrelationId, bulkData, bulkEventId, bulkRecordedAt, bulkSeries, bulkStreamId, bulkVersion, type BulkRange } from './bulk-load';
import type { ReadEvent, SystemUnderTest } from './system';

type EmmettEvent = { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> };

/** Emmett keeps a case's stream under a typed name; what casetrail keeps outside `data` goes in metadata. */
const streamName = (streamId: string) => `case-${streamId}`;
const toEmmett = (event: NewEvent): EmmettEvent => ({
  type: event.type,
  data: { ...event.data },
  metadata: {
    messageId: event.eventId,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    recordedAt: new Date().toISOString(),
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
  },
});

/**
 * Emmett's PostgreSQL event store through its own API: `appendToStream` with the expected version,
 * `readMessagesBatch` (what its consumers page through) for the global order, `readStream` for a case.
 * It replaces pg's type parsers for the whole process, so it runs in a child process of its own.
 */
export class EmmettSystem implements SystemUnderTest {
  readonly name = 'emmett' as const;
  private readonly dumbo: Dumbo;
  private readonly store: PostgresEventStore;
  /** For counting and bulk loading in SQL, beside Emmett's own pool. */
  private readonly sql: Pool;

  constructor(url: string) {
    this.dumbo = dumbo({ connectionString: url });
    this.store = getPostgreSQLEventStore(url, { connectionOptions: { dumbo: this.dumbo } });
    this.sql = new Pool({ connectionString: url, max: 2 });
  }

  async prepare(): Promise<void> {
    await this.store.schema.migrate();
  }

  async append(streamId: string, expectedVersion: number, events: readonly NewEvent[]): Promise<void> {
    await this.store.appendToStream(streamName(streamId), events.map(toEmmett), {
      expectedStreamVersion: BigInt(expectedVersion),
    });
  }

  async readAll(pageSize: number): Promise<ReadEvent[]> {
    const read: ReadEvent[] = [];
    let after = 0n;
    for (;;) {
      const batch = await readMessagesBatch(this.dumbo.execute, { after, batchSize: pageSize });
      if (batch.messages.length === 0) return read;
      for (const { metadata } of batch.messages) {
        read.push({ eventId: String(metadata.messageId), streamId: metadata.streamName.replace(/^case-/, ''), version: Number(metadata.streamPosition) });
      }
      after = batch.currentGlobalPosition;
    }
  }

  async count(): Promise<number> {
    const { rows } = await this.sql.query<{ n: string }>('SELECT count(*)::text AS n FROM emt_messages');
    return Number(rows[0]!.n);
  }

  async bulkLoad(range: BulkRange): Promise<void> {
    await this.sql.query(`
      INSERT INTO emt_messages (stream_id, stream_position, partition, message_data, message_metadata,
                                message_schema_version, message_type, message_kind, message_id, transaction_id, created)
      SELECT 'case-' || ${bulkStreamId(range)}, ${bulkVersion(range)}, 'emt:default', (${bulkData(range)})::jsonb,
             ('{"messageId":"' || ${bulkEventId()} || '","schemaVersion":1,"occurredAt":"2021-11-08T09:30:00+02:00","recordedAt":"' ||
              (to_json(${bulkRecordedAt()}) #>> '{}') || '","actor":{"userId":"7c0b1d2e-4f7a-4c1e-9a55-3f1e2d4c5b6a","role":"investigator"},' ||
              '"correlationId":"' || ${bulkCorrelationId()} || '","causationId":null}')::jsonb,
             '1', 'VictimIdentified', 'E', ${bulkEventId()}, pg_current_xact_id(), ${bulkRecordedAt()}
        FROM ${bulkSeries(range)}`);
  }

  /** Emmett keeps each stream's version in `emt_streams` too: the bulk streams get theirs here, in one go. */
  async finishBulkLoad(): Promise<void> {
    await this.sql.query(`
      INSERT INTO emt_streams (stream_id, stream_position, partition, stream_type, stream_metadata, is_archived)
      SELECT stream_id, max(stream_position), 'emt:default', 'case', '{}', false FROM emt_messages GROUP BY stream_id
      ON CONFLICT (stream_id, partition, is_archived) DO NOTHING`);
    await this.sql.query('ANALYZE emt_messages');
  }

  async caseKnownAt(streamId: string, moment: string): Promise<number> {
    const limit = Date.parse(moment);
    const { events } = await this.store.readStream(streamName(streamId));
    const known = events.filter((e) => Date.parse(String((e.metadata as { recordedAt?: unknown }).recordedAt)) <= limit);
    const state = foldCase(known.map((e) => decodeCaseEvent({ eventId: String(e.metadata.messageId), type: e.type, data: e.data })));
    if (known.length > 0 && state.status !== 'existing') throw new Error('the case did not fold');
    return known.length;
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.sql.end();
  }
}

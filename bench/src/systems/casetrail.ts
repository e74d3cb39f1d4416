import { Pool } from 'pg';
import { migrate, SESSION_OPTIONS } from '@casetrail/database';
import { decodeCaseEvent, foldCase } from '@casetrail/domain';
import { PostgresEventStore, type GlobalPosition, type NewEvent } from '@casetrail/event-store';
import { MIGRATIONS } from '@casetrail/config';
import { bulkEventsSql, type BulkRange } from './bulk-load';
import type { ReadEvent, SystemUnderTest } from './system';

/** casetrail's own event store, on a pool set up as the service sets up its own. */
export class CasetrailSystem implements SystemUnderTest {
  readonly name = 'casetrail' as const;
  readonly pool: Pool;
  readonly store: PostgresEventStore;

  /** `durable: false` commits without waiting for the disk: for loading data that is not being timed. */
  constructor(private readonly url: string, poolSize: number, durable = true) {
    const options = durable ? SESSION_OPTIONS : `${SESSION_OPTIONS} -c synchronous_commit=off`;
    this.pool = new Pool({ connectionString: url, max: poolSize, options });
    this.store = new PostgresEventStore(this.pool, { prepare: true, announce: true });
  }

  async prepare(): Promise<void> {
    await migrate(this.pool, this.url, MIGRATIONS);
  }

  async append(streamId: string, expectedVersion: number, events: readonly NewEvent[]): Promise<void> {
    await this.store.appendToStream({ kind: 'case', id: streamId }, expectedVersion, events);
  }

  async readAll(pageSize: number): Promise<ReadEvent[]> {
    const read: ReadEvent[] = [];
    let after: GlobalPosition | null = null;
    for (;;) {
      const page = await this.store.readAll({ after, limit: pageSize });
      if (page.length === 0) return read;
      for (const { eventId, streamId, version } of page) read.push({ eventId, streamId, version });
      after = page[page.length - 1]!.globalPosition;
    }
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
    return Number(rows[0]!.n);
  }

  async bulkLoad(range: BulkRange): Promise<void> {
    await this.pool.query(bulkEventsSql('events', range, true));
  }

  async finishBulkLoad(): Promise<void> {
    await this.pool.query('ANALYZE events');
  }

  async caseKnownAt(streamId: string, moment: string): Promise<number> {
    const events = await this.store.readStream({ kind: 'case', id: streamId }, { recordedAtOrBefore: moment });
    const state = foldCase(events.map(decodeCaseEvent));
    if (events.length > 0 && state.status !== 'existing') throw new Error('the case did not fold');
    return events.length;
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}

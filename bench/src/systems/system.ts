import type { NewEvent } from '@casetrail/event-store';
import type { BulkRange } from './bulk-load';

export const SYSTEMS = ['casetrail', 'raw', 'emmett'] as const;
/** casetrail's PostgresEventStore, plain `pg` INSERTs into an equivalent table, or Emmett's PostgreSQL store. */
export type SystemName = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<SystemName, string> = {
  casetrail: 'casetrail',
  raw: 'raw pg',
  emmett: 'Emmett',
};

/** What the read in global order is checked on: each event once, each stream's events in version order. */
export interface ReadEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
}

/** What every system under test does, each in its own way, on a fresh database of its own. */
export interface SystemUnderTest {
  readonly name: SystemName;
  /** Creates the system's tables. */
  prepare(): Promise<void>;
  /** Appends `events` (one transaction) to a stream that is at `expectedVersion` (0: no events yet). */
  append(streamId: string, expectedVersion: number, events: readonly NewEvent[]): Promise<void>;
  /** Reads every event in the global order, `pageSize` at a time, and answers them in the order read. */
  readAll(pageSize: number): Promise<ReadEvent[]>;
  /** How many events are stored. */
  count(): Promise<number>;
  /** Stores the generated events of `range` straight in SQL, in the system's own table shape. */
  bulkLoad(range: BulkRange): Promise<void>;
  /** Brings up to date what the bulk load skipped (the planner's statistics; Emmett's stream versions). */
  finishBulkLoad(): Promise<void>;
  /** The case `streamId` as recorded by `moment`: read and folded. Answers how many events were folded. */
  caseKnownAt(streamId: string, moment: string): Promise<number>;
  close(): Promise<void>;
}

import type { QueryResult, QueryResultRow } from 'pg';
import type { RecordedEvent } from '@casetrail/event-store';
import type { TableDeclaration } from './table-shape';

/**
 * The batch's transaction as a projection sees it: writes are held and sent together (their results are
 * empty); a SELECT (or WITH) first sends what is held, then answers.
 */
export interface ProjectionClient {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>;
}

/** Where a projection writes: its transaction, and the physical name of each of its tables. */
export interface ProjectionContext {
  readonly client: ProjectionClient;
  /** The physical table behind a logical name, for the generation being written. */
  table(logical: string): string;
}

/**
 * A read model kept from the global order of events. Its rows and its checkpoint are written in one
 * transaction, so every event is applied exactly once, across crashes and restarts.
 */
export interface Projection {
  /** Stable name: checkpoints, tables and the CLI refer to it. */
  readonly name: string;
  /** Logical table name -> its shape (the DDL of each generation's table is made from it). */
  readonly tables: Readonly<Record<string, TableDeclaration>>;
  /** Extra DDL per generation (indexes), given the physical table names. */
  indexes?(table: (logical: string) => string): readonly string[];
  /** The event types it reads; the others only move its checkpoint. */
  readonly handles: ReadonlySet<string>;
  /** Applies one event (a projection gives this or `applyBatch`). */
  apply?(context: ProjectionContext, event: RecordedEvent): Promise<void>;
  /**
   * Applies a batch's events of the handled types, in order, at once: a projection that reads the rows
   * they touch, folds the events in memory and writes each table once sends a few statements per batch
   * instead of one or more per event. The result must equal applying them one at a time.
   */
  applyBatch?(context: ProjectionContext, events: readonly RecordedEvent[]): Promise<void>;
}

/** Physical name of a projection's table in one generation; a view named `rm_<projection>_<logical>` points at the active one. */
export const physicalTable = (projection: string, logical: string, generation: number) =>
  `rm_${projection}_${logical}_g${generation}`;

export const viewName = (projection: string, logical: string) => `rm_${projection}_${logical}`;

import type { Database } from '@casetrail/database';
import type { EventStore } from '@casetrail/event-store';
import { ProjectionRunner, type ProjectionRunnerOptions } from '@casetrail/projections';
import { PROJECTIONS } from './projections';

export interface ReadModelRunnerOptions {
  /** Events a projection applies per transaction (CASETRAIL_PROJECTION_BATCH_SIZE). */
  readonly batchSize: number;
  readonly onOwnershipChange: (owned: readonly string[]) => void;
  readonly onError: (component: string, error: unknown) => void;
  /** A projection cannot apply an event (said once, retried with backoff), and when it advances again. */
  readonly onStall?: ProjectionRunnerOptions['onStall'];
  readonly onRecovery?: ProjectionRunnerOptions['onRecovery'];
}

/**
 * The runner that keeps every read model, configured here once for whichever process runs it (the API
 * or apps/projector). On a PostgreSQL server it hears other processes' commits and leases projections,
 * so several runners share the work; the embedded database has one process, which runs them all.
 */
export function readModelRunner(database: Database, store: EventStore, options: ReadModelRunnerOptions): ProjectionRunner {
  return new ProjectionRunner(database.pool, store, PROJECTIONS, {
    ...options,
    ...(database.embedded ? {} : { listenUrl: database.url, leaseUrl: database.url }),
  });
}

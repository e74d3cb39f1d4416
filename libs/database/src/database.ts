import type { Pool } from 'pg';

/** A connection pool to the service's PostgreSQL, real or embedded. */
export interface Database {
  readonly pool: Pool;
  /** A `postgres://` URL other clients (the CLI, tests) can connect to while this is open. */
  readonly url: string;
  /** True when this is the embedded PGlite, which serves one transaction at a time. */
  readonly embedded: boolean;
  close(): Promise<void>;
}

import type { Pool, PoolClient } from 'pg';

/** The pool, or one client inside a transaction (the embedded database must not be asked on a second connection then). */
export type Queryable = Pool | PoolClient;

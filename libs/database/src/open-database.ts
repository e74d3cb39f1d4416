import { join } from 'node:path';
import { Client, Pool } from 'pg';
import type { Database } from './database';
import { startEmbedded } from './embedded';
import { migrate, type MigrationClass } from './migrate';
import { makeFolderPrivate } from './private-folder';
import { SESSION_OPTIONS } from './session-guards';

export interface DatabaseOptions {
  /** `postgres://…`; absent: the embedded PostgreSQL persisted under `dataDir`. */
  readonly url?: string;
  readonly dataDir: string;
  readonly poolSize?: number;
  /** Run at open, in order; already applied ones are skipped. */
  readonly migrations?: readonly MigrationClass[];
  /** Told when the embedded data folder was readable by others at start (its modes are then tightened). */
  readonly warn?: (message: string) => void;
}

/**
 * pglite-socket interleaves the protocol messages of concurrent connections (a Parse from one, a Bind
 * from another: "bind message supplies 1 parameters, but prepared statement requires 3"), so the
 * service talks to the embedded database over one connection; the pool queues the rest. Nothing may
 * wait on a second connection while holding a transaction open.
 */
export const EMBEDDED_POOL_SIZE = 1;
/** Room for the pool, a migration run and the CLI beside the service. */
const EMBEDDED_CONNECTIONS = 8;

/** Is the server at `url` a PGlite (served by pglite-socket), where every connection shares one session? */
async function isPglite(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>('SELECT version()');
    return rows[0]!.version.includes('PGlite');
  } finally {
    await client.end();
  }
}

/** The embedded database in `<dataDir>/pg`, the whole data folder private to this user first. */
async function startPrivateEmbedded(options: DatabaseOptions) {
  const tightened = makeFolderPrivate(options.dataDir);
  const server = await startEmbedded({ dataDir: join(options.dataDir, 'pg') }, EMBEDDED_CONNECTIONS);
  if (tightened + server.tightened > 0) {
    options.warn?.(`${options.dataDir} was readable by others: made ${tightened + server.tightened} files and folders private (0600/0700)`);
  }
  return server;
}

/** Opens the service's database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url ? null : await startPrivateEmbedded(options);
  const url = options.url ?? embedded!.url;
  // A PGlite reached by URL (another process's embedded database, as the CLI and the tests do) is
  // treated as embedded: one connection, no LISTEN, no leases, no named statements.
  const pglite = embedded !== null || (await isPglite(url));
  const poolSize = pglite ? EMBEDDED_POOL_SIZE : (options.poolSize ?? 10);
  const pool = new Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000, options: SESSION_OPTIONS });
  pool.on('error', () => undefined); // a dropped idle client is replaced on next use
  try {
    if (options.migrations?.length) await migrate(pool, url, options.migrations);
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  return {
    pool,
    url,
    embedded: pglite,
    async close() {
      await pool.end();
      await embedded?.stop();
    },
  };
}

import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** PGlite served over the PostgreSQL wire protocol on 127.0.0.1, so the ordinary `pg` driver can use it. */
export interface EmbeddedServer {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `source` (a data folder, persisted; or a template to load into memory) and serves it
 * on a free port. `maxConnections` must be at least the pool size.
 */
export async function startEmbedded(
  source: { dataDir: string } | { template: Blob },
  maxConnections: number,
): Promise<EmbeddedServer> {
  if ('dataDir' in source) mkdirSync(source.dataDir, { recursive: true });
  const db = 'dataDir' in source ? await PGlite.create({ dataDir: source.dataDir }) : await PGlite.create({ loadDataDir: source.template });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}


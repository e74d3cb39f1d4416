import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepNewFilesPrivate, makeFolderPrivate } from './private-folder';

/** PGlite served over the PostgreSQL wire protocol on a private Unix socket, so the ordinary `pg` driver can use it. */
export interface EmbeddedServer {
  /** `postgres://postgres@<socket folder>/postgres`: reachable only by this user's processes. */
  readonly url: string;
  /** Files and folders found readable by others in the data folder at start, now private (0 for a template). */
  readonly tightened: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite on `source` (a data folder, persisted; or a template to load into memory) and serves it.
 * PGlite accepts any user and password, so the only gate is the socket: it lives in a fresh 0700 folder,
 * and no TCP port is opened. A data folder is made private (0700/0600) before PGlite opens it, and the
 * process umask keeps the files PGlite creates later private too. `maxConnections` must be at least the
 * pool size.
 */
export async function startEmbedded(
  source: { dataDir: string } | { template: Blob },
  maxConnections: number,
): Promise<EmbeddedServer> {
  let tightened = 0;
  if ('dataDir' in source) {
    keepNewFilesPrivate();
    tightened = makeFolderPrivate(source.dataDir);
  }
  const db = 'dataDir' in source ? await PGlite.create({ dataDir: source.dataDir }) : await PGlite.create({ loadDataDir: source.template });
  // PGlite unpacks its initial cluster with the archive's 0666 modes: close them before anyone can read.
  if ('dataDir' in source) makeFolderPrivate(source.dataDir);
  const socketDir = mkdtempSync(join(tmpdir(), 'casetrail-pg-'));
  const server = new PGLiteSocketServer({ db, path: join(socketDir, '.s.PGSQL.5432'), maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@${encodeURIComponent(socketDir)}/postgres`,
    tightened,
    async stop() {
      await server.stop();
      await db.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}

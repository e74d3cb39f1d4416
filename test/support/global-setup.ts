import './resolve-aliases';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { migrate, startEmbedded } from '@casetrail/database';
import { MIGRATIONS } from '@casetrail/config';

/**
 * Once per test run: build the single-file verifier the API serves (dist/verify, as `npm start` does). On the
 * embedded database: build a migrated PGlite template, so that each test file loads a copy in a fraction of the
 * 3 s a fresh PGlite takes. On PostgreSQL: check that it answers.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, [join(__dirname, '../../apps/verify/build.mjs')], { stdio: 'ignore' });
  if (process.env.DATABASE_URL) {
    const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    await pool.query('SELECT 1');
    await pool.end();
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'casetrail-template-'));
  const server = await startEmbedded({ dataDir: join(folder, 'pg') }, 4);
  const pool = new Pool({ connectionString: server.url, max: 2 });
  await migrate(pool, server.url, MIGRATIONS);
  await pool.end();
  await server.stop();
  const db = await PGlite.create({ dataDir: join(folder, 'pg') });
  const dump = await db.dumpDataDir('none');
  await db.close();
  const file = join(folder, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  process.env.CASETRAIL_TEST_TEMPLATE = file;
}

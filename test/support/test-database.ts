import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { EMBEDDED_POOL_SIZE, migrate, SESSION_OPTIONS, startEmbedded, type Database } from '@casetrail/database';
import { MIGRATIONS } from '@casetrail/config';

export interface TestDatabase extends Database {}

/**
 * A fresh, migrated database of its own for one test file: a `casetrail_test_*` database on the server
 * named by DATABASE_URL, or a copy of the migrated PGlite template.
 */
export async function createTestDatabase(poolSize = 10): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `casetrail_test_${randomBytes(6).toString('hex')}`;
    const admin = new Pool({ connectionString: serverUrl, max: 1 });
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const pool = new Pool({ connectionString: url.toString(), max: poolSize, options: SESSION_OPTIONS });
    pool.on('error', () => undefined); // idle clients ended by the DROP at teardown
    await migrate(pool, url.toString(), MIGRATIONS);
    return {
      pool,
      url: url.toString(),
      embedded: false,
      async close() {
        await pool.end();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      },
    };
  }
  const template = process.env.CASETRAIL_TEST_TEMPLATE;
  if (!template) throw new Error('no PGlite template: run the tests through jest (globalSetup builds it)');
  const server = await startEmbedded({ template: new Blob([readFileSync(template)]) }, 8);
  const pool = new Pool({ connectionString: server.url, max: EMBEDDED_POOL_SIZE, options: SESSION_OPTIONS });
  pool.on('error', () => undefined);
  return {
    pool,
    url: server.url,
    embedded: true,
    async close() {
      await pool.end();
      await server.stop();
    },
  };
}

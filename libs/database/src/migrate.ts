import type { Pool } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';

export type MigrationClass = new () => MigrationInterface;

/**
 * Runs the pending migrations through TypeORM, under an advisory lock so that two processes starting
 * together do not both migrate.
 */
export async function migrate(pool: Pool, url: string, migrations: readonly MigrationClass[]): Promise<string[]> {
  const lock = await pool.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', ['casetrail.migrations']);
    const source = new DataSource({
      type: 'postgres',
      url,
      migrations: [...migrations],
      migrationsTableName: 'schema_migrations',
      migrationsTransactionMode: 'each',
      extra: { max: 1 },
      logging: false,
    });
    await source.initialize();
    try {
      const ran = await source.runMigrations({ transaction: 'each' });
      return ran.map((m) => m.name);
    } finally {
      await source.destroy();
    }
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', ['casetrail.migrations']).catch(() => undefined);
    lock.release();
  }
}

import { Pool } from 'pg';

/** The PostgreSQL server the bench runs on: BENCH_DATABASE_URL, else DATABASE_URL, else the local one. */
export const SERVER_URL =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of database `name` on the bench's server. */
export function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (admin: Pool) => Promise<T>): Promise<T> {
  const admin = new Pool({ connectionString: SERVER_URL, max: 1 });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A fresh, empty database named `name` (one left by an earlier run is dropped first); answers its URL. */
export async function freshDatabase(name: string): Promise<string> {
  if (!/^bench_[a-z0-9_]+$/.test(name)) throw new Error(`not a bench database name: ${name}`);
  await onServer(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  });
  return databaseUrl(name);
}

/** A copy of database `from` named `name` (nothing may be connected to `from`); answers its URL. */
export async function copiedDatabase(from: string, name: string): Promise<string> {
  if (!/^bench_[a-z0-9_]+$/.test(name) || !/^bench_[a-z0-9_]+$/.test(from)) throw new Error(`not a bench database name: ${from}, ${name}`);
  await onServer(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${from}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  if (!/^bench_[a-z0-9_]+$/.test(name)) throw new Error(`not a bench database name: ${name}`);
  await onServer((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** The server's version and the settings that decide write and read speed. */
export async function serverSettings(): Promise<Record<string, string>> {
  return onServer(async (admin) => {
    const { rows } = await admin.query<{ name: string; setting: string }>(
      `SELECT name, setting FROM pg_settings
        WHERE name IN ('server_version', 'synchronous_commit', 'fsync', 'shared_buffers', 'work_mem', 'max_connections', 'wal_level')
        ORDER BY name`,
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
  });
}

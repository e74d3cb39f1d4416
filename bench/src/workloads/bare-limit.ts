import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Pool } from 'pg';
import { hashToken } from '@casetrail/users';
import { ALIASES, BENCH_DIST } from '../paths';
import type { ApiTokens } from './api-mix';
import { driveMix, freePort, waitUntilCaughtUp, type LoadSizes, type MixResult } from './api-load';

const BARE_SERVER = join(BENCH_DIST, 'bench/src/bare-api/bare-server.js');

/** The bench's users, stored as rows (the bare server has no admin route). */
async function usersOf(url: string): Promise<ApiTokens> {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    const user = async (role: string) => {
      const token = randomBytes(24).toString('hex');
      await pool.query('INSERT INTO users (user_id, name, role, district, token_hash) VALUES ($1, $2, $3, NULL, $4)', [
        randomUUID(), `bench ${role}`, role, hashToken(token),
      ]);
      return token;
    };
    return { investigator: await user('investigator'), auditor: await user('auditor') };
  } finally {
    await pool.end();
  }
}

/** The bare server (bench/src/bare-api) on `url`, under the same mix as the service. */
export async function measureBareServer(url: string, sizes: LoadSizes, seededCases: readonly string[]): Promise<MixResult> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const tokens = await usersOf(url);
  const server = spawn(process.execPath, ['-r', ALIASES, BARE_SERVER], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitUntilCaughtUp(base, server);
    return await driveMix(base, tokens, seededCases, sizes);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { copiedDatabase, dropDatabase } from '../databases';
import { ALIASES, BENCH_DIST } from '../paths';
import { CasetrailSystem } from '../systems/casetrail';
import type { ApiTokens } from './api-mix';
import { call, driveMix, freePort, waitUntilCaughtUp, type LoadSizes, type MixResult } from './api-load';
import { measureBareServer } from './bare-limit';

export type { LoadResult } from './api-load';

export interface ApiSizes extends LoadSizes {
  /** Synthetic cases in the store before the service starts. */
  readonly seedCases: number;
  /** Where the service writes a V8 CPU profile of its whole life (`--profile`); absent: no profile. */
  readonly cpuProfileDir?: string;
}

export interface ApiResult extends MixResult {
  readonly seedEvents: number;
  /** The same mix on the same seeded data, answered by the bare server (node:http + pg): the limit on this machine. */
  readonly bare: MixResult;
}

const COMPILED_API = join(BENCH_DIST, 'apps/api/src/main.js');

/** The compiled service in a process of its own, on the bench's database, its log in a temporary file. */
export function startService(url: string, port: number, adminToken: string, dataDir: string, cpuProfileDir?: string): ChildProcess {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const service = spawn(process.execPath, [...profile, '-r', ALIASES, COMPILED_API], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url,
      CASETRAIL_DATA_DIR: dataDir,
      CASETRAIL_ADMIN_TOKEN: adminToken,
      CASETRAIL_MASTER_KEY: randomBytes(32).toString('base64'),
      CASETRAIL_RATE_LIMIT: '1000000',
      CASETRAIL_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(join(dataDir, 'service.log'));
  service.stdout!.pipe(log);
  service.stderr!.pipe(log);
  return service;
}

/** The built service on `url`, under the mix. */
async function measureService(url: string, sizes: ApiSizes, seededCases: readonly string[]): Promise<MixResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-bench-api-'));
  const adminToken = randomBytes(24).toString('hex');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = startService(url, port, adminToken, dataDir, sizes.cpuProfileDir);
  try {
    await waitUntilCaughtUp(base, service);
    const user = async (role: string) =>
      (await call<{ token: string }>(base, adminToken, 'POST', '/v1/admin/users', { name: `bench ${role}`, role })).token;
    const tokens: ApiTokens = { investigator: await user('investigator'), auditor: await user('auditor') };
    return await driveMix(base, tokens, seededCases, sizes);
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => (service.exitCode !== null ? resolve(null) : service.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Workload 7: the service under a mix of commands and queries, at a fixed rate and at saturation; then the
 * bare server under the same mix, on a copy of the same seeded database.
 */
export async function runApi(url: string, sizes: ApiSizes): Promise<ApiResult> {
  const seeding = new CasetrailSystem(url, 2, false);
  await seeding.prepare();
  const { cases, events: seedEvents } = await loadSyntheticCases(seeding.store, {
    cases: sizes.seedCases, seed: 7, from: '2019-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00Z'),
  });
  await seeding.close();
  const name = new URL(url).pathname.slice(1);
  const bareUrl = await copiedDatabase(name, `${name}_bare`);
  try {
    const service = await measureService(url, sizes, cases);
    const bare = await measureBareServer(bareUrl, sizes, cases);
    return { seedEvents, ...service, bare };
  } finally {
    await dropDatabase(`${name}_bare`);
  }
}

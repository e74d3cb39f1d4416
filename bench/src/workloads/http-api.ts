import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { ALIASES, BENCH_DIST } from '../paths';
import { CasetrailSystem } from '../systems/casetrail';
import { mixedRequests, requestMix, type ApiTokens, type StatusTally } from './api-mix';

export interface ApiSizes {
  /** Synthetic cases in the store before the service starts. */
  readonly seedCases: number;
  /** Cases created through the API that the victim commands go to. */
  readonly openCases: number;
  readonly fixedRate: number;
  readonly seconds: number;
  readonly fixedRateConnections: number;
  readonly saturationConnections: number;
  /** Where the service writes a V8 CPU profile of its whole life (`--profile`); absent: no profile. */
  readonly cpuProfileDir?: string;
}

export interface LoadResult {
  readonly connections: number;
  readonly targetRate: number | null;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Answers other than 2xx, and connection errors or timeouts. */
  readonly failures: number;
  readonly statuses: StatusTally;
}

export interface ApiResult {
  readonly seedEvents: number;
  readonly fixedRate: LoadResult;
  readonly saturation: LoadResult;
}

const COMPILED_API = join(BENCH_DIST, 'apps/api/src/main.js');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

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

export async function call<T>(base: string, token: string | null, method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

type Health = { projections: { eventsBehind: number }[] };

/** Waits until the service answers and every read model has applied every event. */
export async function waitUntilCaughtUp(base: string, service: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (service.exitCode !== null) throw new Error(`the service exited with ${service.exitCode}`);
    try {
      const health = await call<Health>(base, null, 'GET', '/health');
      if (health.projections.every((p) => p.eventsBehind === 0)) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the service did not catch up within 120 s');
    await sleep(250);
  }
}

async function load(base: string, requests: autocannon.Request[], tally: StatusTally, options: {
  connections: number; seconds: number; rate: number | null;
}): Promise<LoadResult> {
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests,
  });
  return {
    connections: options.connections,
    targetRate: options.rate,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p90Ms: result.latency.p90,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    failures: result.non2xx + result.errors + result.timeouts,
    statuses: tally,
  };
}

/** Workload 7: the service under a mix of commands and queries, at a fixed rate and at saturation. */
export async function runApi(url: string, sizes: ApiSizes): Promise<ApiResult> {
  const seeding = new CasetrailSystem(url, 2, false);
  await seeding.prepare();
  const { cases, events: seedEvents } = await loadSyntheticCases(seeding.store, {
    cases: sizes.seedCases, seed: 7, from: '2019-04-01T00:00:00+02:00', until: new Date('2024-06-30T00:00:00Z'),
  });
  await seeding.close();

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
    const openCases: string[] = [];
    for (let i = 0; i < sizes.openCases; i++) {
      const created = await call<{ caseId: string }>(base, tokens.investigator, 'POST', '/v1/cases', {
        occurredAt: '2024-01-08T09:30:00+02:00', source: 'ngo', district: 'maseru', form: 'sex',
      });
      openCases.push(created.caseId);
    }
    const kinds = requestMix(tokens, openCases, [...cases, ...openCases]);
    await load(base, mixedRequests(kinds, {}), {}, { connections: 10, seconds: 3, rate: 200 }); // warm
    const fixedTally: StatusTally = {};
    const fixedRate = await load(base, mixedRequests(kinds, fixedTally), fixedTally, {
      connections: sizes.fixedRateConnections, seconds: sizes.seconds, rate: sizes.fixedRate,
    });
    const saturationTally: StatusTally = {};
    const saturation = await load(base, mixedRequests(kinds, saturationTally), saturationTally, {
      connections: sizes.saturationConnections, seconds: sizes.seconds, rate: null,
    });
    return { seedEvents, fixedRate, saturation };
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => (service.exitCode !== null ? resolve(null) : service.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

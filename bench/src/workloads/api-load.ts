import autocannon from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { mixedRequests, requestMix, type ApiTokens, type StatusTally } from './api-mix';

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
  /** Wrong answers: other than 2xx, and connection errors (a timeout is slowness, counted apart). */
  readonly failures: number;
  /** Requests unanswered within autocannon's 10 s. */
  readonly timeouts: number;
  readonly statuses: StatusTally;
  /** The load generator's CPU time over the wall time (1 = one whole core): it shares the machine with the service. */
  readonly generatorCpuShare: number;
}

/** A server under the mix: at a fixed offered rate, then closed-loop at saturation. */
export interface MixResult {
  readonly fixedRate: LoadResult;
  readonly saturation: LoadResult;
}

export interface LoadSizes {
  readonly openCases: number;
  readonly fixedRate: number;
  readonly seconds: number;
  readonly fixedRateConnections: number;
  readonly saturationConnections: number;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
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

type Health = { projections: { eventsBehind: number | null }[] };

/** Waits until the server answers and every read model has applied every event. */
export async function waitUntilCaughtUp(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const health = await call<Health>(base, null, 'GET', '/health');
      if (health.projections.every((p) => p.eventsBehind === 0)) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not catch up within 120 s');
    await sleep(250);
  }
}

async function load(base: string, requests: autocannon.Request[], tally: StatusTally, options: {
  connections: number; seconds: number; rate: number | null;
}): Promise<LoadResult> {
  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const wallMicros = Number(process.hrtime.bigint() - wallBefore) / 1000;
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
    failures: result.non2xx + Math.max(0, result.errors - result.timeouts),
    timeouts: result.timeouts,
    statuses: tally,
    generatorCpuShare: (cpu.user + cpu.system) / wallMicros,
  };
}

/** Opens the cases the victim commands go to, warms up, then measures the mix at the fixed rate and at saturation. */
export async function driveMix(base: string, tokens: ApiTokens, seededCases: readonly string[], sizes: LoadSizes): Promise<MixResult> {
  const openCases: string[] = [];
  for (let i = 0; i < sizes.openCases; i++) {
    const created = await call<{ caseId: string }>(base, tokens.investigator, 'POST', '/v1/cases', {
      occurredAt: '2024-01-08T09:30:00+02:00', source: 'ngo', district: 'maseru', form: 'sex',
    });
    openCases.push(created.caseId);
  }
  const kinds = requestMix(tokens, openCases, [...seededCases, ...openCases]);
  await load(base, mixedRequests(kinds, {}), {}, { connections: 10, seconds: 3, rate: 200 }); // warm
  const fixedTally: StatusTally = {};
  const fixedRate = await load(base, mixedRequests(kinds, fixedTally), fixedTally, {
    connections: sizes.fixedRateConnections, seconds: sizes.seconds, rate: sizes.fixedRate,
  });
  const saturationTally: StatusTally = {};
  const saturation = await load(base, mixedRequests(kinds, saturationTally), saturationTally, {
    connections: sizes.saturationConnections, seconds: sizes.seconds, rate: null,
  });
  return { fixedRate, saturation };
}

import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { longCase } from '../long-case';
import { percentile, since } from '../stats';
import type { SystemUnderTest } from '../systems/system';

export interface TimeTravelSizes {
  /** Events in the store, the long case's included. */
  readonly storeEvents: number;
  /** Streams the rest of the store is spread over. */
  readonly storeStreams: number;
  readonly caseEvents: number;
  readonly queries: number;
}

/** A store built by an earlier run: the long case, and the moments between its appends. */
export interface TimeTravelStore {
  readonly caseId: string;
  readonly caseEvents: number;
  readonly moments: readonly Moment[];
  readonly loadSeconds: number;
}

export interface TimeTravelResult {
  readonly storeEvents: number;
  readonly store: TimeTravelStore;
  readonly queries: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  /** Did every query fold exactly the events recorded by its moment? */
  readonly correct: boolean;
}

/** A moment between two appends of the long case, and how many of its events were recorded by then. */
export interface Moment {
  readonly at: string;
  readonly events: number;
}

/**
 * Builds the store: generated events in SQL, chunk by chunk, and between the chunks the long case's
 * commands appended through the system itself, so its events lie spread over the whole table as a
 * case's events recorded over years do. Answers the moments between its appends.
 */
async function buildStore(system: SystemUnderTest, sizes: TimeTravelSizes): Promise<TimeTravelStore> {
  const loadStart = performance.now();
  const caseId = randomUUID();
  const appends = longCase(caseId, sizes.caseEvents);
  const bulk = sizes.storeEvents - sizes.caseEvents;
  const chunk = Math.ceil(bulk / appends.length);
  const moments: Moment[] = [];
  let version = 0;
  for (const [n, append] of appends.entries()) {
    const from = n * chunk;
    await system.bulkLoad({ from, count: Math.max(0, Math.min(chunk, bulk - from)), streams: sizes.storeStreams });
    await system.append(caseId, version, append);
    version += append.length;
    await sleep(2); // a moment strictly between this append and the next, on the same clock as recorded times
    moments.push({ at: new Date().toISOString(), events: version });
    await sleep(2);
  }
  await system.finishBulkLoad();
  return { caseId, caseEvents: version, moments, loadSeconds: since(loadStart) / 1000 };
}

/**
 * Workload 6: one case as recorded by many moments (read + fold), timed one by one, in a large store:
 * built on the first run, only read by the next ones (`built`).
 */
export async function runTimeTravel(system: SystemUnderTest, sizes: TimeTravelSizes, built: TimeTravelStore | null): Promise<TimeTravelResult> {
  const store = built ?? (await buildStore(system, sizes));
  const { caseId, moments } = store;

  const pick = (q: number) => moments[(q * 7919) % moments.length]!;
  for (let q = 0; q < 20; q++) await system.caseKnownAt(caseId, pick(q).at); // warm
  const latencies: number[] = [];
  let correct = true;
  for (let q = 0; q < sizes.queries; q++) {
    const moment = pick(q);
    const start = performance.now();
    const folded = await system.caseKnownAt(caseId, moment.at);
    latencies.push(since(start));
    if (folded !== moment.events) correct = false;
  }
  return {
    storeEvents: await system.count(),
    store,
    queries: sizes.queries,
    p50Ms: percentile(latencies, 50),
    p90Ms: percentile(latencies, 90),
    p99Ms: percentile(latencies, 99),
    correct,
  };
}

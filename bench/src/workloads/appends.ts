import type { NewEvent } from '@casetrail/event-store';
import { streamIds, victimIdentified } from '../sample-events';
import { percentile, since } from '../stats';
import { checkGlobalRead, type GlobalReadCheck } from '../global-read-check';
import type { SystemUnderTest } from '../systems/system';

export interface AppendSizes {
  /** Workload 1: events appended one per transaction by one writer. */
  readonly singleWriterEvents: number;
  /** Workload 2: events appended one per transaction by `writers` concurrent writers. */
  readonly concurrentEvents: number;
  readonly writers: number;
  /** Workload 3: events appended `batchSize` per transaction. */
  readonly batchedEvents: number;
  readonly batchSize: number;
  /** Streams each append workload spreads its events over. */
  readonly streams: number;
  /** Workload 4: events per page of the read in global order. */
  readonly pageSize: number;
  /** Streams each writer warms up on (4 appends of 10 events each) before anything is timed. */
  readonly warmUpStreams: number;
}

export interface Throughput {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** Per append (one transaction), in ms. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Did the store end up holding exactly the events appended? */
  readonly stored: boolean;
}

export interface ReadAllResult extends GlobalReadCheck {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

export interface AppendsResult {
  readonly singleWriter: Throughput;
  readonly concurrent: Throughput;
  readonly readAll: ReadAllResult;
  readonly batched: Throughput;
}

/** Appends to `streams` with the expected version each stream is at, tracked here as a writer would. */
class Writer {
  private readonly versions = new Map<string, number>();
  readonly appended: string[] = [];
  readonly latencies: number[] = [];

  constructor(private readonly system: SystemUnderTest) {}

  async append(streamId: string, events: readonly NewEvent[]): Promise<void> {
    const expected = this.versions.get(streamId) ?? 0;
    const start = performance.now();
    await this.system.append(streamId, expected, events);
    this.latencies.push(since(start));
    this.versions.set(streamId, expected + events.length);
    for (const event of events) this.appended.push(event.eventId);
  }
}

const batchOf = (size: number, from: number) => Array.from({ length: size }, (_, i) => victimIdentified(from + i));

async function timed(
  system: SystemUnderTest,
  writers: Writer[],
  storedBefore: number,
  work: () => Promise<void>,
): Promise<Throughput> {
  const start = performance.now();
  await work();
  const seconds = since(start) / 1000;
  const events = writers.reduce((n, w) => n + w.appended.length, 0);
  const latencies = writers.flatMap((w) => w.latencies);
  return {
    events,
    seconds,
    eventsPerSecond: events / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    stored: (await system.count()) === storedBefore + events,
  };
}

/**
 * Opens the pool's connections and warms the code paths, on streams of its own, before anything is
 * timed. Its appends carry ten events each, as a case loaded at once or a command recording several
 * events does, so the read in global order also meets transactions of more than one event.
 */
async function warmUp(system: SystemUnderTest, writers: number, streams: number): Promise<string[]> {
  const warmers = Array.from({ length: writers }, () => new Writer(system));
  await Promise.all(warmers.map(async (w) => {
    for (const stream of streamIds(streams)) for (let n = 0; n < 4; n++) await w.append(stream, batchOf(10, 10 * n));
  }));
  return warmers.flatMap((w) => w.appended);
}

/** Workloads 1 to 4 on one system, in one fresh database: read-all runs on what 1 and 2 stored. */
export async function runAppends(system: SystemUnderTest, sizes: AppendSizes): Promise<AppendsResult> {
  const warm = await warmUp(system, sizes.writers, sizes.warmUpStreams);

  const one = new Writer(system);
  const oneStreams = streamIds(sizes.streams);
  const singleWriter = await timed(system, [one], warm.length, async () => {
    for (let i = 0; i < sizes.singleWriterEvents; i++) await one.append(oneStreams[i % oneStreams.length]!, [victimIdentified(i)]);
  });

  const many = Array.from({ length: sizes.writers }, () => new Writer(system));
  const manyStreams = streamIds(sizes.streams);
  const perWriter = Math.ceil(sizes.concurrentEvents / sizes.writers);
  // Each writer owns every `writers`-th stream, as requests for different cases would.
  const concurrent = await timed(system, many, warm.length + one.appended.length, () =>
    Promise.all(many.map(async (writer, w) => {
      const own = manyStreams.filter((_, s) => s % sizes.writers === w);
      for (let i = 0; i < perWriter; i++) await writer.append(own[i % own.length]!, [victimIdentified(i)]);
    })).then(() => undefined),
  );

  const expected = [...warm, ...one.appended, ...many.flatMap((w) => w.appended)];
  const readAll = await readEverything(system, expected, sizes.pageSize);

  const batches = new Writer(system);
  const batchStreams = streamIds(sizes.streams);
  const batched = await timed(system, [batches], expected.length, async () => {
    for (let b = 0; b * sizes.batchSize < sizes.batchedEvents; b++) {
      await batches.append(batchStreams[b % batchStreams.length]!, batchOf(sizes.batchSize, b * sizes.batchSize));
    }
  });

  return { singleWriter, concurrent, readAll, batched };
}

/** Workload 4: everything in the global order, checked against what was appended (exactly once each, streams in order). */
async function readEverything(system: SystemUnderTest, expected: readonly string[], pageSize: number): Promise<ReadAllResult> {
  await system.readAll(pageSize); // warm: the same pages, untimed
  const start = performance.now();
  const read = await system.readAll(pageSize);
  const seconds = since(start) / 1000;
  return { events: read.length, seconds, eventsPerSecond: read.length / seconds, ...checkGlobalRead(read, expected) };
}

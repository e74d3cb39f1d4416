import { PassThrough } from 'node:stream';
import {
  ANY, BACKWARDS, END, NO_STREAM, START, STREAM_EXISTS, StreamNotFoundError, WrongExpectedVersionError,
  type AllStreamRecordedEvent, type AllStreamResolvedEvent, type AppendExpectedRevision,
  type AppendResult, type AppendToStreamOptions, type EventData, type EventType, type ReadAllOptions,
  type ReadStreamOptions, type ResolvedEvent, type StreamingRead,
} from '@eventstore/db-client';
import type { EventStoreDbClient } from '../client';

/** One call to `appendToStream`, as the adapter made it. */
export interface RecordedAppend {
  readonly streamName: string;
  readonly events: readonly EventData[];
  readonly options: AppendToStreamOptions | undefined;
}

/** An event in the fake log, as a server would hand it to the client. */
type LoggedEvent = AllStreamRecordedEvent;

/** A readable of the client's kind: objects in, `cancel()` to stop. */
class FakeRead<E> extends PassThrough implements StreamingRead<E> {
  constructor() {
    super({ objectMode: true });
  }
  async cancel(): Promise<void> {
    this.end();
  }
}

/**
 * A stand-in for the EventStoreDB client, typed by the client's own interface. It records what the
 * adapter passes and answers like a server: one log with commit = prepare positions, stream
 * revisions from 0, `created` from a clock the test moves, the server's expected-revision and
 * idempotency checks, and the client's own error classes built the way the client builds them.
 */
export class RecordingClient implements EventStoreDbClient {
  readonly appends: RecordedAppend[] = [];
  readonly readStreamCalls: { readonly streamName: string; readonly options: ReadStreamOptions | undefined }[] = [];
  readonly readAllCalls: (ReadAllOptions | undefined)[] = [];
  readonly log: LoggedEvent[] = [];
  disposed = false;
  /** Answer a refused append with `{ success: false }`, as a client built with throwOnAppendFailure=false. */
  answerRefusals = false;
  /** Leave positions off stream reads, as servers before 22.6 do. */
  streamReadsWithoutPosition = false;
  /** Thrown by the next append instead of answering it. */
  nextAppendFailure: Error | null = null;
  private now = Date.parse('2024-03-01T08:00:00.000Z');

  /** `clock`: the server's time for `created` (absent: a fixed time the test moves with `advance`). */
  constructor(private readonly options: { readonly clock?: () => number } = {}) {}
  private nextLogPosition = 1_000n;

  /** Moves the server's clock. */
  advance(ms: number): void {
    this.now += ms;
  }

  /** Writes an event of someone else's (a system event, another application's stream) to the log. */
  writeForeign(streamId: string, type: string, data: unknown = {}, metadata: unknown = undefined): void {
    this.write(streamId, [{ id: crypto.randomUUID(), contentType: 'application/json', type, data, metadata } as EventData]);
  }

  async appendToStream<KnownEventType extends EventType = EventType>(
    streamName: string,
    events: EventData<KnownEventType> | EventData<KnownEventType>[],
    options?: AppendToStreamOptions,
  ): Promise<AppendResult> {
    const batch = (Array.isArray(events) ? events : [events]) as EventData[];
    this.appends.push({ streamName, events: batch, options });
    if (this.nextAppendFailure) {
      const failure = this.nextAppendFailure;
      this.nextAppendFailure = null;
      throw failure;
    }
    const expected = options?.expectedRevision ?? ANY;
    const decision = this.check(streamName, expected, batch.map((e) => e.id));
    if (decision.kind === 'refused') {
      if (this.answerRefusals) return { success: false, nextExpectedRevision: -1n, position: undefined };
      // How the client builds it from the server's answer (append.ts and, via fromWrongExpectedVersion, batchAppend.ts).
      throw new WrongExpectedVersionError(undefined, { streamName, current: decision.current, expected });
    }
    if (decision.kind === 'idempotent') {
      const last = this.stream(streamName).find((e) => e.revision === decision.lastRevision)!;
      return { success: true, nextExpectedRevision: decision.lastRevision, position: last.position };
    }
    const written = this.write(streamName, batch);
    const last = written[written.length - 1]!;
    return { success: true, nextExpectedRevision: last.revision, position: last.position };
  }

  readStream<KnownEventType extends EventType = EventType>(
    streamName: string,
    options: ReadStreamOptions = {},
  ): StreamingRead<ResolvedEvent<KnownEventType>> {
    this.readStreamCalls.push({ streamName, options });
    const read = new FakeRead<ResolvedEvent<KnownEventType>>();
    const stream = this.stream(streamName);
    if (stream.length === 0) {
      // How the client's ReadStream reports the server's "stream not found".
      process.nextTick(() => read.destroy(new StreamNotFoundError(undefined, streamName)));
      return read;
    }
    const from = options.fromRevision ?? START;
    const start = from === START ? 0n : from === END ? BigInt(stream.length) : from;
    const selected = stream
      .filter((e) => e.revision >= start)
      .slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))
      .map((e) => ({ event: this.streamRead(e) }) as ResolvedEvent<KnownEventType>);
    return this.serve(read, selected);
  }

  readAll(options: ReadAllOptions = {}): StreamingRead<AllStreamResolvedEvent> {
    this.readAllCalls.push(options);
    const from = options.fromPosition ?? (options.direction === BACKWARDS ? END : START);
    const inOrder = options.direction === BACKWARDS ? [...this.log].reverse() : this.log;
    const selected = inOrder
      .filter((e) => {
        if (from === START || from === END) return true;
        // Forwards the server reads from a position inclusively; backwards, strictly before it.
        return options.direction === BACKWARDS ? e.position.commit < from.commit : e.position.commit >= from.commit;
      })
      .slice(0, Number(options.maxCount ?? Number.MAX_SAFE_INTEGER))
      .map((e) => ({ event: copy(e), commitPosition: e.position.commit }));
    return this.serve(new FakeRead<AllStreamResolvedEvent>(), selected);
  }

  async dispose(): Promise<void> {
    this.disposed = true;
  }

  private stream(streamName: string): LoggedEvent[] {
    return this.log.filter((e) => e.streamId === streamName);
  }

  private streamRead(event: LoggedEvent): LoggedEvent {
    const read = copy(event);
    return this.streamReadsWithoutPosition ? ({ ...read, position: undefined } as unknown as LoggedEvent) : read;
  }

  private serve<E>(read: FakeRead<E>, items: readonly E[]): FakeRead<E> {
    for (const item of items) read.write(item);
    read.end();
    return read;
  }

  private write(streamName: string, batch: readonly EventData[]): LoggedEvent[] {
    const start = BigInt(this.stream(streamName).length);
    const written = batch.map((e, index): LoggedEvent => {
      const position = this.nextLogPosition;
      this.nextLogPosition += 137n;
      return {
        streamId: streamName,
        id: e.id,
        isJson: true,
        revision: start + BigInt(index),
        type: e.type,
        created: new Date(this.options.clock?.() ?? this.now),
        // Through JSON, as the client sends and parses it.
        data: JSON.parse(JSON.stringify(e.data)) as Record<string, unknown>,
        metadata: e.metadata === undefined ? undefined : (JSON.parse(JSON.stringify(e.metadata)) as Record<string, unknown>),
        position: { commit: position, prepare: position },
      };
    });
    this.log.push(...written);
    return written;
  }

  // The server's commit check (KurrentDB IndexWriter.CheckCommit), with an idempotency cache that never forgets.
  private check(
    streamName: string,
    expected: AppendExpectedRevision,
    ids: readonly string[],
  ): { kind: 'write' } | { kind: 'idempotent'; lastRevision: bigint } | { kind: 'refused'; current: bigint | typeof NO_STREAM } {
    const stream = this.stream(streamName);
    const current = stream.length === 0 ? NO_STREAM : BigInt(stream.length - 1);
    const refused = { kind: 'refused', current } as const;
    if (expected === STREAM_EXISTS && current === NO_STREAM) return refused;
    if (expected === ANY || expected === STREAM_EXISTS) {
      const found = ids.map((id) => stream.find((e) => e.id === id));
      if (!found[0]) return { kind: 'write' };
      if (found.some((e) => !e)) return refused;
      return { kind: 'idempotent', lastRevision: found[found.length - 1]!.revision };
    }
    const expectedRevision = expected === NO_STREAM ? -1n : expected;
    const currentRevision = current === NO_STREAM ? -1n : current;
    if (expectedRevision === currentRevision) return { kind: 'write' };
    if (expectedRevision > currentRevision) return refused;
    const alreadyThere = ids.every((id, i) => stream[Number(expectedRevision) + 1 + i]?.id === id);
    return alreadyThere ? { kind: 'idempotent', lastRevision: expectedRevision + BigInt(ids.length) } : refused;
  }
}

/**
 * A deep copy made in this module's realm: under jest, structuredClone's objects come from Node's own realm,
 * and the ledger rightly refuses them as not plain objects (a real client's events are parsed in ours).
 */
function copy(logged: LoggedEvent): LoggedEvent {
  const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  const data = logged.isJson ? json(logged.data) : new Uint8Array(logged.data as Uint8Array);
  const position = logged.position ? { ...logged.position } : logged.position;
  return { ...logged, data, metadata: json(logged.metadata), created: new Date(logged.created.getTime()), position } as LoggedEvent;
}

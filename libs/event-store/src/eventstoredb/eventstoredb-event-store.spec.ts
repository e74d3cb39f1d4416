import { randomUUID } from 'node:crypto';
import {
  ANY, NO_STREAM, STREAM_EXISTS, StreamNotFoundError, UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError, type AppendToStreamOptions,
} from '@eventstore/db-client';
import { WrongExpectedVersion } from '@eventstore/db-client/generated/shared_pb';
import { DuplicateEventIdError, WrongExpectedVersionError } from '../port/errors';
import type { ExpectedVersion } from '../port/event-store.port';
import type { StreamName } from '../port/streams';
import { newEvent } from '../port/testing/event-store.contract';
import { positionOf } from '../port/global-position';
import { toLogPosition } from './log-position';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { InMemoryEventIdReservations } from './testing/in-memory-event-ids';
import { RecordingClient } from './testing/recording-client';

const versions = (events: readonly { version: number }[]) => events.map((e) => e.version);
const CASE_1: StreamName = { kind: 'case', id: '1' };
const CASE_2: StreamName = { kind: 'case', id: '2' };
const CASE_UNKNOWN: StreamName = { kind: 'case', id: 'unknown' };

describe('the EventStoreDB event store, against a recording client', () => {
  let client: RecordingClient;
  let store: EventStoreDbEventStore;
  let eventIds: InMemoryEventIdReservations;

  beforeEach(() => {
    client = new RecordingClient();
    eventIds = new InMemoryEventIdReservations();
    store = new EventStoreDbEventStore(client, { eventIds });
  });

  describe('expected versions, as the option the client reads', () => {
    it.each<[ExpectedVersion, unknown]>([
      ['no_stream', NO_STREAM],
      ['stream_exists', STREAM_EXISTS],
      ['any', ANY],
      [0, NO_STREAM],
      [1, 0n],
      [3, 2n],
    ])('sends %p as expectedRevision %p and no other option', async (expected, revision) => {
      const failure = new UnavailableError();
      client.nextAppendFailure = failure;
      await expect(store.appendToStream(CASE_1, expected, [newEvent()])).rejects.toBe(failure);
      const options: AppendToStreamOptions | undefined = client.appends[0]!.options;
      expect(options?.expectedRevision).toBe(revision);
      expect(options).toEqual({ expectedRevision: revision });
    });

    it('uses the name this client reads: the Kurrent client\'s streamState would be silently ignored', () => {
      // @ts-expect-error `streamState` is @kurrent/kurrentdb-client's name; @eventstore/db-client reads expectedRevision.
      const misnamed: AppendToStreamOptions = { streamState: NO_STREAM };
      expect(misnamed.expectedRevision).toBeUndefined();
    });
  });

  describe('appending', () => {
    it('given a new stream, appends the events under their own ids and answers with versions from 1', async () => {
      const batch = [newEvent('CaseReferred'), newEvent('VictimIdentified')];
      const result = await store.appendToStream(CASE_1, 'no_stream', batch);

      expect(client.appends[0]!.streamName).toBe('case-1');
      expect(client.appends[0]!.events.map((e) => e.id)).toEqual(batch.map((e) => e.eventId));
      expect(versions(result.events)).toEqual([1, 2]);
      const last = client.log[1]!;
      expect(result).toMatchObject({
        streamKind: 'case',
        streamId: '1',
        nextVersion: 2,
        position: last.position.commit,
        globalPosition: positionOf(last.position.commit, last.position.prepare),
      });
      expect(result.events[0]).toMatchObject({ eventId: batch[0]!.eventId, recordedAt: last.created.toISOString() });
    });

    it('names the server stream <kind>-<id>, and reads each kind back from its name', async () => {
      await store.appendToStream({ kind: 'claim', id: 'c-9' }, 'no_stream', [newEvent()]);
      await store.appendToStream({ kind: 'user', id: 'c-9' }, 'no_stream', [newEvent()]);
      expect(client.appends.map((a) => a.streamName)).toEqual(['claim-c-9', 'user-c-9']);
      expect((await store.readAll()).map((e) => [e.streamKind, e.streamId])).toEqual([['claim', 'c-9'], ['user', 'c-9']]);
      expect(client.readStreamCalls).toContainEqual(expect.objectContaining({ streamName: 'user-c-9' }));
    });

    it('given an event id stored in another stream, refuses it before calling the server, as PostgreSQL does', async () => {
      const event = newEvent();
      await store.appendToStream(CASE_1, 'no_stream', [event]);
      await expect(store.appendToStream(CASE_2, 'no_stream', [newEvent(), event])).rejects.toMatchObject({
        name: 'DuplicateEventIdError', eventId: event.eventId,
      });
      await expect(store.appendToStream({ kind: 'claim', id: '1' }, 'any', [event])).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(client.appends.map((a) => a.streamName)).toEqual(['case-1']);
    });

    it('sends an upper-case event id in lower case, as the server gives it back', async () => {
      const event = { ...newEvent(), eventId: randomUUID().toUpperCase() };
      const result = await store.appendToStream(CASE_1, 'any', [event]);
      expect(client.appends[0]!.events[0]!.id).toBe(event.eventId.toLowerCase());
      expect(result.events[0]!.eventId).toBe(event.eventId.toLowerCase());
    });

    it('writes the envelope to the metadata JSON', async () => {
      const event = { ...newEvent(), causationId: randomUUID() };
      await store.appendToStream(CASE_1, 'any', [event]);
      expect(client.appends[0]!.events[0]).toMatchObject({
        contentType: 'application/json',
        type: event.type,
        data: event.data,
        metadata: {
          occurredAt: event.occurredAt,
          actor: event.actor,
          correlationId: event.correlationId,
          causationId: event.causationId,
          schemaVersion: event.schemaVersion,
          append: { index: 0, count: 1 },
        },
      });
    });

    it('refuses what the server would take but the port does not, without calling it', async () => {
      const twice = newEvent();
      await expect(store.appendToStream(CASE_1, 'any', [])).rejects.toThrow(TypeError);
      await expect(store.appendToStream(CASE_1, 'any', [{ ...newEvent(), eventId: 'e-1' }])).rejects.toThrow(TypeError);
      await expect(store.appendToStream(CASE_1, 'any', [twice, twice])).rejects.toBeInstanceOf(DuplicateEventIdError);
      await expect(store.appendToStream(CASE_1, -1, [newEvent()])).rejects.toThrow(TypeError);
      expect(client.appends).toEqual([]);
    });
  });

  describe('retries and reused event ids', () => {
    const stored = [newEvent(), newEvent()];
    let first: Awaited<ReturnType<EventStoreDbEventStore['appendToStream']>>;

    beforeEach(async () => {
      first = await store.appendToStream(CASE_1, 'no_stream', stored);
      await store.appendToStream(CASE_1, 2, [newEvent()]);
    });

    it('given the same append retried at a stale version, the server deduplicates it and the answer is the first one', async () => {
      expect(await store.appendToStream(CASE_1, 'no_stream', stored)).toEqual(first);
      expect(await store.appendToStream(CASE_1, 'any', stored)).toEqual(first);
      expect(client.log).toHaveLength(3);
    });

    it.each([
      ['a part of it', () => [stored[0]!]],
      ['its events in another order', () => [stored[1]!, stored[0]!]],
      ['one id with a new event', () => [stored[0]!, newEvent()]],
      ['its ids with other content', () => [{ ...stored[0]!, data: { changed: true } }, stored[1]!]],
    ])('given %s, refuses with DuplicateEventIdError and stores nothing', async (_, reuse) => {
      await expect(store.appendToStream(CASE_1, 'any', reuse())).rejects.toBeInstanceOf(DuplicateEventIdError);
      expect(client.log).toHaveLength(3);
    });

    it('given a retry refused because a twin got there first, answers with what the twin stored', async () => {
      client.nextAppendFailure = new ClientWrongExpectedVersionError(undefined, { streamName: 'case-1', current: 2n, expected: NO_STREAM });
      expect(await store.appendToStream(CASE_1, 'no_stream', stored)).toEqual(first);
    });
  });

  describe("the client's WrongExpectedVersionError", () => {
    it.each<[string, () => ClientWrongExpectedVersionError, number]>([
      [
        'as append.ts builds it',
        () => new ClientWrongExpectedVersionError(undefined, { streamName: 'case-1', current: 4n, expected: 1n }),
        5,
      ],
      [
        'as batchAppend.ts builds it from the server details',
        () => {
          const details = new WrongExpectedVersion().setCurrentStreamRevision('4').setExpectedStreamPosition('1');
          return ClientWrongExpectedVersionError.fromWrongExpectedVersion(details, 'case-1');
        },
        5,
      ],
      [
        'for a stream with no events',
        () => new ClientWrongExpectedVersionError(undefined, { streamName: 'case-1', current: NO_STREAM, expected: 1n }),
        0,
      ],
    ])('%s becomes ours, with the version the server reported', async (_, refusal, actual) => {
      client.nextAppendFailure = refusal();
      const appended = store.appendToStream(CASE_1, 2, [newEvent()]);
      await expect(appended).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(appended).rejects.toMatchObject({ stream: CASE_1, expected: 2, actual });
    });

    it('given the server refuses, reports the version the stream is at', async () => {
      await store.appendToStream(CASE_1, 'no_stream', [newEvent(), newEvent()]);
      await expect(store.appendToStream(CASE_1, 'no_stream', [newEvent()])).rejects.toMatchObject({
        name: 'WrongExpectedVersionError', stream: CASE_1, expected: 'no_stream', actual: 2,
      });
      await expect(store.appendToStream(CASE_1, 1, [newEvent()])).rejects.toMatchObject({ expected: 1, actual: 2 });
      await expect(store.appendToStream(CASE_2, 'stream_exists', [newEvent()])).rejects.toMatchObject({ actual: 0 });
      expect(client.log).toHaveLength(2);
    });

    it('given a client that answers refusals instead of throwing them, still throws ours', async () => {
      await store.appendToStream(CASE_1, 'no_stream', [newEvent()]);
      client.answerRefusals = true;
      await expect(store.appendToStream(CASE_1, 'no_stream', [newEvent()])).rejects.toMatchObject({
        name: 'WrongExpectedVersionError', actual: 1,
      });
    });

    it('lets any other client error through as it is', async () => {
      const failure = new UnavailableError();
      client.nextAppendFailure = failure;
      await expect(store.appendToStream(CASE_1, 'any', [newEvent()])).rejects.toBe(failure);
    });
  });

  describe('reading a stream', () => {
    it('given an unknown stream (the client reports StreamNotFoundError), reads nothing', async () => {
      const read = client.readStream('case-unknown');
      await expect(read.toArray()).rejects.toBeInstanceOf(StreamNotFoundError);
      expect(await store.readStream(CASE_UNKNOWN)).toEqual([]);
    });

    it('reads from and to a version as revisions from version - 1', async () => {
      await store.appendToStream(CASE_1, 'no_stream', [newEvent(), newEvent(), newEvent(), newEvent()]);
      client.readStreamCalls.length = 0;
      expect(versions(await store.readStream(CASE_1, { fromVersion: 2, toVersion: 3 }))).toEqual([2, 3]);
      expect(client.readStreamCalls[0]!.options).toEqual({ fromRevision: 1n, maxCount: 2 });
      expect(versions(await store.readStream(CASE_1, { fromVersion: 3 }))).toEqual([3, 4]);
      expect(await store.readStream(CASE_1, { fromVersion: 3, toVersion: 2 })).toEqual([]);
    });

    it("reads the stream as it stood at a moment, by the server's created time", async () => {
      const [first] = (await store.appendToStream(CASE_1, 'no_stream', [newEvent()])).events;
      client.advance(5);
      await store.appendToStream(CASE_1, 1, [newEvent()]);
      expect(versions(await store.readStream(CASE_1, { recordedAtOrBefore: first!.recordedAt }))).toEqual([1]);
      expect(await store.readStream(CASE_1, { recordedAtOrBefore: '2024-03-01T09:59:59+02:00' })).toEqual([]);
      expect(versions(await store.readStream(CASE_1, { recordedAtOrBefore: '2024-03-01T10:00:00.005+02:00' }))).toEqual([1, 2]);
    });

    it('refuses a stream of ours holding an event that is not ours', async () => {
      client.writeForeign('case-1', 'Imported', { legacy: true });
      await expect(store.readStream(CASE_1)).rejects.toThrow(/not one of ours/);
    });

    it('names the server version needed when stream reads carry no position', async () => {
      await store.appendToStream(CASE_1, 'no_stream', [newEvent()]);
      client.streamReadsWithoutPosition = true;
      await expect(store.readStream(CASE_1)).rejects.toThrow(/22\.10/);
    });
  });

  describe('reading $all', () => {
    beforeEach(async () => {
      client.writeForeign('$settings', '$settings');
      await store.appendToStream(CASE_1, 'no_stream', [newEvent(), newEvent()]);
      client.writeForeign('$$case-1', '$metadata', { $maxAge: 10 });
      client.writeForeign('billing-7', 'InvoiceSent', { total: 3 }, { source: 'billing' });
      await store.appendToStream(CASE_2, 'no_stream', [newEvent()]);
      client.writeForeign('$stats-127.0.0.1:2113', '$statsCollected');
      await store.appendToStream(CASE_1, 2, [newEvent()]);
    });

    it('reads only case events, skipping system events and other streams, in log order', async () => {
      const all = await store.readAll();
      expect(all.map((e) => `${e.streamKind}-${e.streamId}@${e.version}`)).toEqual(['case-1@1', 'case-1@2', 'case-2@1', 'case-1@3']);
      expect(client.readAllCalls[0]).toMatchObject({ fromPosition: 'start' });
    });

    it('reads strictly after a position, though the server reads from it inclusively', async () => {
      const [, second] = await store.readAll();
      const after = await store.readAll({ after: second!.globalPosition });
      expect(after.map((e) => `${e.streamKind}-${e.streamId}@${e.version}`)).toEqual(['case-2@1', 'case-1@3']);
      expect(client.readAllCalls.at(-1)).toMatchObject({
        fromPosition: toLogPosition(second!.globalPosition),
      });
    });

    it('fills each page past skipped events and pages through everything once', async () => {
      const seen: string[] = [];
      let after = null;
      for (;;) {
        const page = await store.readAll({ after, limit: 2 });
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(2);
        seen.push(...page.map((e) => `${e.streamKind}-${e.streamId}@${e.version}`));
        after = page.at(-1)!.globalPosition;
      }
      expect(seen).toEqual(['case-1@1', 'case-1@2', 'case-2@1', 'case-1@3']);
      expect(await store.readAll({ limit: 0 })).toEqual([]);
    });

    it('looks an event up by id, scanning $all backwards from the end', async () => {
      const [wanted] = await store.readStream(CASE_1, { toVersion: 1 });
      expect(await store.readEvent(wanted!.eventId.toUpperCase())).toEqual(wanted);
      expect(client.readAllCalls.at(-1)).toEqual({ direction: 'backwards', fromPosition: 'end' });
      expect(await store.readEvent(randomUUID())).toBeNull();
      const calls = client.readAllCalls.length;
      expect(await store.readEvent('not-an-event-id')).toBeNull();
      expect(client.readAllCalls).toHaveLength(calls);
    });
  });

  describe('closing', () => {
    it('disposes of the client only when the store created it', async () => {
      await store.close();
      expect(client.disposed).toBe(false);
      const owning = new EventStoreDbEventStore(client, { eventIds, ownsClient: true });
      await owning.close();
      expect(client.disposed).toBe(true);
    });

    it('connects lazily from a connection string and closes without a server', async () => {
      const connected = EventStoreDbEventStore.connect('esdb://localhost:2113?tls=false', { eventIds });
      await expect(connected.close()).resolves.toBeUndefined();
    });
  });
});

import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError } from '../errors';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';

export interface ContractSubject {
  readonly store: EventStore;
  close(): Promise<void>;
}

export const newEvent = (type = 'Happened', data: Record<string, unknown> = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  occurredAt: '2021-11-08T09:30:00+02:00',
  data: { occurredAt: '2021-11-08T09:30:00+02:00', ...data },
  actor: { userId: 'user-1', role: 'investigator' },
  correlationId: randomUUID(),
  causationId: null,
});

const versions = (events: readonly RecordedEvent[]) => events.map((e) => e.version);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The behaviour every adapter of the event store port must show; each adapter's tests run it. */
export function describeEventStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`the event store contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    const stream = () => `case-${randomUUID()}`;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(() => subject.close());

    describe('expected versions', () => {
      it('given no stream, no_stream appends from version 1 and a second no_stream is refused, storing nothing', async () => {
        const s = stream();
        const first = await store.appendToStream(s, 'no_stream', [newEvent(), newEvent()]);
        expect(first.nextVersion).toBe(2);
        expect(versions(first.events)).toEqual([1, 2]);
        await expect(store.appendToStream(s, 'no_stream', [newEvent()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('given a stream at version 2, appends at 2 and refuses a stale 1, storing nothing', async () => {
        const s = stream();
        await store.appendToStream(s, 'no_stream', [newEvent(), newEvent()]);
        await store.appendToStream(s, 2, [newEvent()]);
        const stale = store.appendToStream(s, 1, [newEvent()]);
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(store.appendToStream(s, 7, [newEvent()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(versions(await store.readStream(s))).toEqual([1, 2, 3]);
      });

      it('stream_exists needs a stream; any takes whatever the stream is at', async () => {
        const s = stream();
        await expect(store.appendToStream(s, 'stream_exists', [newEvent()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(await store.readStream(s)).toEqual([]);
        await store.appendToStream(s, 'any', [newEvent()]);
        await store.appendToStream(s, 'stream_exists', [newEvent()]);
        await store.appendToStream(s, 'any', [newEvent()]);
        expect(versions(await store.readStream(s))).toEqual([1, 2, 3]);
      });

      it('given a stale version with several events, stores none of them', async () => {
        const s = stream();
        await store.appendToStream(s, 'no_stream', [newEvent()]);
        await expect(store.appendToStream(s, 0, [newEvent(), newEvent(), newEvent()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(await store.readStream(s)).toHaveLength(1);
      });
    });

    describe('idempotent retries', () => {
      it('given the same append retried, stores it once and answers as the first time', async () => {
        const s = stream();
        const events = [newEvent(), newEvent()];
        const first = await store.appendToStream(s, 'no_stream', events);
        const retry = await store.appendToStream(s, 'no_stream', events);
        expect(retry.nextVersion).toBe(first.nextVersion);
        expect(retry.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('given an event id reused in another append, refuses it', async () => {
        const s = stream();
        const event = newEvent();
        await store.appendToStream(s, 'any', [event]);
        await expect(store.appendToStream(s, 'any', [event, newEvent()])).rejects.toThrow();
        await expect(store.appendToStream(stream(), 'any', [event])).rejects.toThrow();
        expect(await store.readStream(s)).toHaveLength(1);
      });
    });

    describe('reading a stream', () => {
      it('reads from and to a version, with every piece of metadata', async () => {
        const s = stream();
        const written = newEvent('CaseReferred', { district: 'maseru' });
        await store.appendToStream(s, 'no_stream', [written, newEvent(), newEvent(), newEvent()]);
        expect(versions(await store.readStream(s, { fromVersion: 2, toVersion: 3 }))).toEqual([2, 3]);
        const [first] = await store.readStream(s, { toVersion: 1 });
        expect(first).toMatchObject({
          eventId: written.eventId, streamId: s, version: 1, type: 'CaseReferred', schemaVersion: 1,
          occurredAt: written.occurredAt, data: written.data, actor: written.actor,
          correlationId: written.correlationId, causationId: null,
        });
        expect(Date.parse(first!.recordedAt)).not.toBeNaN();
        expect(await store.readEvent(written.eventId)).toMatchObject({ eventId: written.eventId, version: 1 });
        expect(await store.readEvent(randomUUID())).toBeNull();
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads the stream as it stood at a recorded moment', async () => {
        const s = stream();
        await store.appendToStream(s, 'no_stream', [newEvent()]);
        const [first] = await store.readStream(s);
        await sleep(20);
        await store.appendToStream(s, 1, [newEvent()]);
        expect(versions(await store.readStream(s, { recordedAtOrBefore: first!.recordedAt }))).toEqual([1]);
        expect(versions(await store.readStream(s, { recordedAtOrBefore: new Date(Date.parse(first!.recordedAt) - 1).toISOString() }))).toEqual([]);
        expect(versions(await store.readStream(s))).toEqual([1, 2]);
      });
    });

    describe('the global order', () => {
      it('reads every event once, in pages, each stream in version order', async () => {
        const streams = [stream(), stream(), stream()];
        for (let round = 0; round < 4; round++) {
          for (const s of streams) await store.appendToStream(s, 'any', [newEvent(), newEvent()]);
        }
        const seen: RecordedEvent[] = [];
        let after = null;
        for (;;) {
          const page = await store.readAll({ after, limit: 5 });
          if (page.length === 0) break;
          seen.push(...page);
          after = page[page.length - 1]!.globalPosition;
        }
        const ours = seen.filter((e) => streams.includes(e.streamId));
        expect(ours).toHaveLength(24);
        expect(new Set(ours.map((e) => e.eventId)).size).toBe(24);
        for (const s of streams) expect(versions(ours.filter((e) => e.streamId === s))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      });

      it('subscribes: catches up, then follows live, in order, exactly once', async () => {
        const s = stream();
        await store.appendToStream(s, 'no_stream', [newEvent(), newEvent()]);
        const received: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({ onEvent: (e) => void (e.streamId === s && received.push(e)) });
        await store.appendToStream(s, 2, [newEvent()]);
        await store.appendToStream(s, 3, [newEvent(), newEvent()]);
        for (let i = 0; i < 200 && received.length < 5; i++) await sleep(10);
        await subscription.close();
        expect(versions(received)).toEqual([1, 2, 3, 4, 5]);
      });
    });
  });
}

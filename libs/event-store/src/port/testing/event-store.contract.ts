import { randomUUID } from 'node:crypto';
import { DuplicateEventIdError, emptyAppend, WrongExpectedVersionError } from '../errors';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { compareGlobalPositions } from '../global-position';
import type { StreamKind, StreamName } from '../streams';

export interface ContractSubject {
  readonly store: EventStore;
  /** Raw SQL on the store's database, for adapter-specific checks; absent where there is none. */
  readonly sql?: (text: string) => Promise<unknown>;
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
const stream = (kind: StreamKind = 'case'): StreamName => ({ kind, id: randomUUID() });
const inStream = (s: StreamName) => (e: RecordedEvent) => e.streamKind === s.kind && e.streamId === s.id;

/**
 * Waits until the global order shows `event` (on a shared PostgreSQL server a transaction open in another
 * database holds the commit-safe horizon back for a while), then answers every event after `after`.
 */
async function readAllOnce(store: EventStore, after: RecordedEvent['globalPosition'] | null, event: RecordedEvent): Promise<RecordedEvent[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const all: RecordedEvent[] = [];
    for (let page = await store.readAll({ after, limit: 1000 }); page.length > 0; ) {
      all.push(...page);
      page = await store.readAll({ after: page[page.length - 1]!.globalPosition, limit: 1000 });
    }
    if (all.some((e) => e.eventId === event.eventId) || Date.now() > deadline) return all;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The behaviour every adapter of the event store port must show; each adapter's tests run it.
 * One store serves the whole suite, so every test works on streams of its own.
 */
export function describeEventStoreContract(name: string, open: () => Promise<ContractSubject>): void {
  describe(`the event store contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;

    beforeAll(async () => {
      subject = await open();
      store = subject.store;
    });
    afterAll(() => subject?.close());

    describe('expected versions', () => {
      it('given no stream, no_stream appends from version 1; a second no_stream is refused and stores nothing', async () => {
        const s = stream();
        const first = await store.appendToStream(s, 'no_stream', [newEvent(), newEvent()]);
        expect(first).toMatchObject({ streamKind: 'case', streamId: s.id, nextVersion: 2, position: first.events[1]!.position });
        expect(first.globalPosition).toEqual(first.events[1]!.globalPosition);
        expect(versions(first.events)).toEqual([1, 2]);

        const refused = store.appendToStream(s, 'no_stream', [newEvent()]);
        await expect(refused).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(refused).rejects.toMatchObject({ stream: s, expected: 'no_stream', actual: 2 });
        expect(versions(await store.readStream(s))).toEqual([1, 2]);
      });

      it('given an exact version, appends only when the stream is at it (0 = no events yet)', async () => {
        const s = stream();
        await store.appendToStream(s, 0, [newEvent(), newEvent()]);
        await store.appendToStream(s, 2, [newEvent()]);
        await expect(store.appendToStream(s, 1, [newEvent()])).rejects.toMatchObject({ actual: 3, expected: 1 });
        await expect(store.appendToStream(s, 7, [newEvent()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
        await expect(store.appendToStream(s, 0, [newEvent()])).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(versions(await store.readStream(s))).toEqual([1, 2, 3]);
      });

      it('stream_exists needs at least one event; any takes whatever the stream is at', async () => {
        const s = stream();
        await expect(store.appendToStream(s, 'stream_exists', [newEvent()])).rejects.toMatchObject({ actual: 0 });
        expect(await store.readStream(s)).toEqual([]);
        await store.appendToStream(s, 'any', [newEvent()]);
        await store.appendToStream(s, 'stream_exists', [newEvent()]);
        const last = await store.appendToStream(s, 'any', [newEvent()]);
        expect(last.nextVersion).toBe(3);
        expect(versions(await store.readStream(s))).toEqual([1, 2, 3]);
      });

      it('given a stale version with several events, stores none of them', async () => {
        const s = stream();
        await store.appendToStream(s, 'no_stream', [newEvent()]);
        const batch = [newEvent(), newEvent(), newEvent()];
        await expect(store.appendToStream(s, 0, batch)).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect(await store.readStream(s)).toHaveLength(1);
        expect(await store.readEvent(batch[0]!.eventId)).toBeNull();
      });

      it('given writers racing at the same version, exactly one wins and the others are refused', async () => {
        const s = stream();
        await store.appendToStream(s, 'no_stream', [newEvent()]);
        const results = await Promise.allSettled(Array.from({ length: 5 }, () => store.appendToStream(s, 1, [newEvent()])));
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results.filter((r) => r.status === 'rejected')) {
          expect((r as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedVersionError);
        }
        expect(versions(await store.readStream(s))).toEqual([1, 2]);
      });

      it('given writers racing with any, every one of them lands, each at its own version', async () => {
        const s = stream();
        const results = await Promise.all(Array.from({ length: 5 }, () => store.appendToStream(s, 'any', [newEvent()])));
        expect(results.map((r) => r.nextVersion).sort()).toEqual([1, 2, 3, 4, 5]);
        expect(versions(await store.readStream(s))).toEqual([1, 2, 3, 4, 5]);
      });

      it('refuses an empty append as a mistake, before asking the store', async () => {
        await expect(store.appendToStream(stream(), 'any', [])).rejects.toThrow(emptyAppend());
        await expect(store.appendToStream(stream(), 0, [])).rejects.toBeInstanceOf(TypeError);
      });
    });

    describe('idempotent retries', () => {
      it('given the same append retried, stores it once and answers as the first time, even at a stale version', async () => {
        const s = stream();
        const events = [newEvent(), newEvent()];
        const first = await store.appendToStream(s, 'no_stream', events);
        await store.appendToStream(s, 2, [newEvent()]);
        const retry = await store.appendToStream(s, 'no_stream', events);
        expect(retry).toEqual(first);
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('given identical retries racing, stores one copy and answers each with it', async () => {
        const s = stream();
        const events = [newEvent(), newEvent()];
        const results = await Promise.all(Array.from({ length: 4 }, () => store.appendToStream(s, 'no_stream', events)));
        for (const result of results) expect(result).toEqual(results[0]);
        expect(versions(await store.readStream(s))).toEqual([1, 2]);
      });

      it('given an event id reused in any other way, refuses the append with DuplicateEventIdError and stores nothing', async () => {
        const s = stream();
        const stored = [newEvent(), newEvent()];
        await store.appendToStream(s, 'no_stream', stored);
        const reuses: NewEvent[][] = [
          [stored[0]!, newEvent()],
          [stored[0]!],
          [stored[1]!, stored[0]!],
          [{ ...stored[0]!, data: { changed: true } }, stored[1]!],
          // The same ids in the same order, one field of the first event other than stored.
          [{ ...stored[0]!, type: 'Other' }, stored[1]!],
          [{ ...stored[0]!, schemaVersion: 2 }, stored[1]!],
          [{ ...stored[0]!, occurredAt: '2021-11-08T09:31:00+02:00' }, stored[1]!],
          [{ ...stored[0]!, actor: { userId: 'user-2', role: 'investigator' } }, stored[1]!],
          [{ ...stored[0]!, actor: { userId: 'user-1', role: 'prosecutor' } }, stored[1]!],
        ];
        for (const reuse of reuses) {
          await expect(store.appendToStream(s, 'any', reuse)).rejects.toBeInstanceOf(DuplicateEventIdError);
        }
        await expect(store.appendToStream(stream(), 'any', stored)).rejects.toBeInstanceOf(DuplicateEventIdError);
        // An event stored alone, retried with one more: the new one would be acknowledged and never stored.
        const alone = newEvent();
        const single = stream();
        await store.appendToStream(single, 'no_stream', [alone]);
        await expect(store.appendToStream(single, 'any', [alone, newEvent()])).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(versions(await store.readStream(single))).toEqual([1]);
        const twice = newEvent();
        await expect(store.appendToStream(stream(), 'any', [twice, twice])).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(versions(await store.readStream(s))).toEqual([1, 2]);
      });
    });

    describe('stream kinds', () => {
      it('given one id in streams of two kinds, keeps two streams: versions, reads and kinds apart', async () => {
        const id = randomUUID();
        const asCase: StreamName = { kind: 'case', id };
        const asClaim: StreamName = { kind: 'claim', id };
        await store.appendToStream(asCase, 'no_stream', [newEvent(), newEvent()]);
        const claimed = await store.appendToStream(asClaim, 'no_stream', [newEvent('ClaimMade')]);
        expect(claimed).toMatchObject({ streamKind: 'claim', streamId: id, nextVersion: 1 });
        await expect(store.appendToStream(asClaim, 2, [newEvent()])).rejects.toMatchObject({ stream: asClaim, actual: 1 });
        expect((await store.readStream(asCase)).map((e) => [e.streamKind, e.version])).toEqual([['case', 1], ['case', 2]]);
        expect((await store.readStream(asClaim)).map((e) => [e.streamKind, e.type])).toEqual([['claim', 'ClaimMade']]);
        expect(await store.readStream({ kind: 'user', id })).toEqual([]);
        expect((await store.readEvent(claimed.events[0]!.eventId))?.streamKind).toBe('claim');
        const all = await readAllOnce(store, null, claimed.events[0]!);
        expect(all.filter((e) => e.streamId === id).map((e) => e.streamKind).sort()).toEqual(['case', 'case', 'claim']);
      });

      it('given an event stored in a stream of one kind, refuses its id in a stream of another kind with the same id', async () => {
        const id = randomUUID();
        const event = newEvent();
        await store.appendToStream({ kind: 'user', id }, 'no_stream', [event]);
        await expect(store.appendToStream({ kind: 'access', id }, 'any', [event])).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.readStream({ kind: 'access', id })).toEqual([]);
      });
    });

    describe('reading a stream', () => {
      it('reads from and to a version, with every piece of metadata and the data as written', async () => {
        const s = stream();
        const written = newEvent('CaseReferred', { district: 'Maseru', nested: { list: [1, 'two', null] }, text: 'Ŝ "q" \\ é' });
        const caused = { ...newEvent(), causationId: written.eventId };
        await store.appendToStream(s, 'no_stream', [written, caused, newEvent(), newEvent()]);
        expect(versions(await store.readStream(s, { fromVersion: 2, toVersion: 3 }))).toEqual([2, 3]);
        expect(versions(await store.readStream(s, { fromVersion: 3 }))).toEqual([3, 4]);
        const [first, second] = await store.readStream(s, { toVersion: 2 });
        expect(first).toMatchObject({
          eventId: written.eventId, streamKind: 'case', streamId: s.id, version: 1, type: 'CaseReferred', schemaVersion: 1,
          occurredAt: written.occurredAt, data: written.data, actor: written.actor,
          correlationId: written.correlationId, causationId: null,
        });
        expect(second!.causationId).toBe(written.eventId);
        expect(first!.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        expect(typeof first!.position).toBe('bigint');
        expect(await store.readEvent(written.eventId)).toEqual(first);
        expect(await store.readEvent(randomUUID())).toBeNull();
        expect(await store.readEvent('not-an-event-id')).toBeNull();
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads the stream as it stood at a recorded moment', async () => {
        const s = stream();
        const [first] = (await store.appendToStream(s, 'no_stream', [newEvent()])).events;
        let later = first!;
        // Append until the store's clock has moved past the first event, however fine its precision.
        while (later.recordedAt === first!.recordedAt) {
          later = (await store.appendToStream(s, 'any', [newEvent()])).events[0]!;
        }
        const asOfFirst = await store.readStream(s, { recordedAtOrBefore: first!.recordedAt });
        expect(asOfFirst.every((e) => e.recordedAt === first!.recordedAt)).toBe(true);
        expect(versions(asOfFirst)).toEqual(versions(await store.readStream(s, { toVersion: later.version - 1 })));
        const before = new Date(Date.parse(first!.recordedAt) - 1).toISOString();
        expect(await store.readStream(s, { recordedAtOrBefore: before })).toEqual([]);
        expect(await store.readStream(s, { recordedAtOrBefore: later.recordedAt })).toHaveLength(later.version);
      });
    });

    describe('the global order', () => {
      it('reads every event once, in pages, in increasing positions, each stream in version order', async () => {
        const streams = [stream(), stream(), stream()];
        const marker = await store.appendToStream(stream(), 'no_stream', [newEvent()]);
        for (let round = 0; round < 4; round++) {
          for (const s of streams) await store.appendToStream(s, 'any', [newEvent(), newEvent()]);
        }
        const large = stream();
        const last = await store.appendToStream(large, 'no_stream', Array.from({ length: 12 }, () => newEvent()));
        await readAllOnce(store, marker.globalPosition, last.events[11]!);
        const seen: RecordedEvent[] = [];
        let after = marker.globalPosition;
        for (;;) {
          const page = await store.readAll({ after, limit: 5 });
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(5);
          seen.push(...page);
          after = page[page.length - 1]!.globalPosition;
        }
        for (let i = 1; i < seen.length; i++) {
          expect(compareGlobalPositions(seen[i - 1]!.globalPosition, seen[i]!.globalPosition)).toBe(-1);
        }
        const ours = seen.filter((e) => streams.some((s) => inStream(s)(e)));
        expect(ours).toHaveLength(24);
        expect(new Set(ours.map((e) => e.eventId)).size).toBe(24);
        for (const s of streams) expect(versions(ours.filter(inStream(s)))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
        expect(versions(seen.filter(inStream(large)))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      });

      it("maps a command's position to a global position after every earlier append and at or before its own events", async () => {
        const s = stream();
        const earlier = await store.appendToStream(s, 'no_stream', [newEvent(), newEvent()]);
        const appended = await store.appendToStream(s, 2, [newEvent(), newEvent(), newEvent()]);
        const at = await store.globalPositionAt(appended.position);
        expect(at).not.toBeNull();
        expect(compareGlobalPositions(at!, earlier.globalPosition)).toBe(1);
        expect(compareGlobalPositions(at!, appended.globalPosition)).toBeLessThanOrEqual(0);
        const behind = await store.countAfter(earlier.events[0]!.globalPosition);
        if (behind !== null) expect(behind).toBe(4); // a store that cannot count says null
        const all = await store.countAfter(null);
        if (all !== null) expect(all).toBeGreaterThanOrEqual(5);
      });
    });
  });
}

import { START, UnavailableError, excludeSystemEvents } from '@eventstore/db-client';
import type { RecordedEvent } from '../port/event-store.port';
import { newEvent } from '../port/testing/event-store.contract';
import { eventsSeen } from '../port/testing/events-seen';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { RecordingClient } from './testing/recording-client';

const versions = (events: readonly RecordedEvent[]) => events.map((e) => e.version);

describe('subscribing to $all on EventStoreDB, against a recording client', () => {
  let client: RecordingClient;
  let store: EventStoreDbEventStore;

  beforeEach(() => {
    client = new RecordingClient();
    store = new EventStoreDbEventStore(client, { resubscribeDelayMs: 0 });
  });
  afterEach(() => store.close());

  it('subscribes from the start with the server filtering system events out', async () => {
    const subscription = store.subscribeToAll({ onEvent: () => undefined });
    await subscription.close();
    expect(client.subscribeCalls).toEqual([{ fromPosition: START, filter: excludeSystemEvents() }]);
  });

  it('catches up, then follows live, once each and in order, skipping what is not a case event', async () => {
    await store.appendToStream('case-1', 'no_stream', [newEvent(), newEvent()]);
    client.writeForeign('billing-7', 'InvoiceSent', {}, { source: 'billing' });
    client.writeForeign('$$case-1', '$metadata');
    const seen = eventsSeen(() => true);
    const subscription = store.subscribeToAll({ onEvent: seen.onEvent });
    await seen.count(2);
    await store.appendToStream('case-1', 2, [newEvent()]);
    await store.appendToStream('case-2', 'no_stream', [newEvent()]);
    await seen.count(4);
    await subscription.close();
    expect(seen.events.map((e) => `${e.streamId}@${e.version}`)).toEqual(['case-1@1', 'case-1@2', 'case-1@3', 'case-2@1']);
  });

  it('resumes from a checkpoint: the global position goes to the client as commit/prepare', async () => {
    const first = await store.appendToStream('case-1', 'no_stream', [newEvent(), newEvent()]);
    await store.appendToStream('case-1', 2, [newEvent()]);
    const seen = eventsSeen((e) => e.streamId === 'case-1');
    const subscription = store.subscribeToAll({ after: first.globalPosition, onEvent: seen.onEvent });
    await seen.count(1);
    await subscription.close();
    expect(versions(seen.events)).toEqual([3]);
    expect(client.subscribeCalls[0]!.fromPosition).toEqual({
      commit: first.globalPosition.transactionId,
      prepare: first.globalPosition.sequence,
    });
  });

  it('given the server drops the subscription, reports it and resubscribes after the last event seen', async () => {
    await store.appendToStream('case-1', 'no_stream', [newEvent(), newEvent()]);
    const reported: unknown[] = [];
    const seen = eventsSeen(() => true);
    const subscription = store.subscribeToAll({ onEvent: seen.onEvent, onError: (error) => reported.push(error) });
    await seen.count(2);
    const drop = new UnavailableError();
    client.drop(drop);
    await store.appendToStream('case-1', 2, [newEvent()]);
    await seen.count(3);
    await subscription.close();
    expect(reported).toEqual([drop]);
    expect(versions(seen.events)).toEqual([1, 2, 3]);
    expect(client.subscribeCalls).toHaveLength(2);
    expect(client.subscribeCalls[1]!.fromPosition).toEqual({
      commit: seen.events[1]!.globalPosition.transactionId,
      prepare: seen.events[1]!.globalPosition.sequence,
    });
  });

  it('given a failing handler, stops and reports the failure to onError', async () => {
    await store.appendToStream('case-1', 'no_stream', [newEvent(), newEvent()]);
    const failure = new Error('projection broke');
    const delivered: RecordedEvent[] = [];
    let reported: (error: unknown) => void = () => undefined;
    const report = new Promise<unknown>((resolve) => (reported = resolve));
    const subscription = store.subscribeToAll({
      onEvent: (e) => {
        delivered.push(e);
        throw failure;
      },
      onError: reported,
    });
    expect(await report).toBe(failure);
    await subscription.close();
    expect(versions(delivered)).toEqual([1]);
  });

  it('given a failing handler and no onError, close() rejects with the failure', async () => {
    await store.appendToStream('case-1', 'no_stream', [newEvent()]);
    const failure = new Error('projection broke');
    let failed: () => void = () => undefined;
    const handled = new Promise<void>((resolve) => (failed = resolve));
    const subscription = store.subscribeToAll({
      onEvent: () => {
        failed();
        throw failure;
      },
    });
    await handled;
    await expect(subscription.close()).rejects.toBe(failure);
  });

  it('once closed, delivers nothing more', async () => {
    await store.appendToStream('case-1', 'no_stream', [newEvent()]);
    const seen = eventsSeen(() => true);
    const subscription = store.subscribeToAll({ onEvent: seen.onEvent });
    await seen.count(1);
    await subscription.close();
    await store.appendToStream('case-1', 1, [newEvent()]);
    const witness = eventsSeen(() => true);
    const second = store.subscribeToAll({ onEvent: witness.onEvent });
    await witness.count(2);
    await second.close();
    expect(versions(seen.events)).toEqual([1]);
  });

  it('closing the store closes its subscriptions', async () => {
    const seen = eventsSeen(() => true);
    store.subscribeToAll({ onEvent: seen.onEvent });
    await store.close();
    await store.appendToStream('case-1', 'no_stream', [newEvent()]);
    expect(seen.events).toEqual([]);
  });
});

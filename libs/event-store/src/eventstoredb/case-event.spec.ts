import type { AllStreamRecordedEvent, RecordedEvent as ClientRecordedEvent } from '@eventstore/db-client';
import { newEvent } from '../port/testing/event-store.contract';
import { positionOf } from '../port/global-position';
import { toEventData, toStoredCaseEvent } from './case-event';

const written = { ...newEvent('SummonsIssued', { summonsRef: 'S-1' }), causationId: '3f1c8d0e-9b7a-4c1e-8f2d-5a6b7c8d9e0f' };

/** The event as the client hands it back after the server stored it. */
function asStored(overrides: Partial<AllStreamRecordedEvent> = {}): AllStreamRecordedEvent {
  const data = toEventData(written, 1, 3);
  return {
    streamId: 'case-42',
    id: data.id,
    isJson: true,
    revision: 6n,
    type: data.type,
    created: new Date('2024-03-01T08:00:00.123Z'),
    data: JSON.parse(JSON.stringify(data.data)) as Record<string, unknown>,
    metadata: JSON.parse(JSON.stringify(data.metadata)) as Record<string, unknown>,
    position: { commit: 51_234n, prepare: 51_234n },
    ...overrides,
  } as AllStreamRecordedEvent;
}

describe('a new event as the client sends it', () => {
  it('keeps our event id as the client event id, so the server deduplicates a retried append', () => {
    expect(toEventData(written, 0, 1).id).toBe(written.eventId);
  });

  it('sends the data as JSON and the envelope in the metadata JSON, with the slot in its append', () => {
    expect(toEventData(written, 1, 3)).toEqual({
      id: written.eventId,
      contentType: 'application/json',
      type: 'SummonsIssued',
      data: written.data,
      metadata: {
        occurredAt: written.occurredAt,
        actor: { userId: 'user-1', role: 'investigator' },
        correlationId: written.correlationId,
        causationId: written.causationId,
        schemaVersion: 1,
        append: { index: 1, count: 3 },
      },
    });
  });
});

describe('a stored event as the port records it', () => {
  it('reads the stream kind and id from the server stream name <kind>-<id>', () => {
    expect(toStoredCaseEvent(asStored({ streamId: 'access-u-7-2024' }))?.recorded).toMatchObject({ streamKind: 'access', streamId: 'u-7-2024' });
  });

  it('maps revision to version (+1), commit/prepare to the global position, created to recordedAt', () => {
    expect(toStoredCaseEvent(asStored())).toEqual({
      recorded: {
        eventId: written.eventId,
        streamKind: 'case',
        streamId: '42',
        version: 7,
        position: 51_234n,
        globalPosition: positionOf(51_234n, 51_234n),
        type: 'SummonsIssued',
        schemaVersion: 1,
        occurredAt: written.occurredAt,
        data: written.data,
        actor: written.actor,
        correlationId: written.correlationId,
        causationId: written.causationId,
        recordedAt: '2024-03-01T08:00:00.123Z',
      },
      append: { index: 1, count: 3 },
    });
  });

  it('takes the commit position as the position and the prepare position as the sequence', () => {
    const stored = toStoredCaseEvent(asStored({ position: { commit: 900n, prepare: 870n } }));
    expect(stored?.recorded).toMatchObject({ position: 900n, globalPosition: positionOf(900n, 870n) });
  });

  it.each<[string, Partial<AllStreamRecordedEvent>]>([
    ['a system stream', { streamId: '$settings' }],
    ['a stream of another category', { streamId: 'billing-7' }],
    ['a stream named without a category', { streamId: 'case' }],
    ['a system event type', { type: '$metadata' }],
    ['a link event', { type: '$>' }],
    ['a binary event', { isJson: false, data: new Uint8Array([1]) } as Partial<AllStreamRecordedEvent>],
    ['an event without metadata', { metadata: undefined }],
    ['an event of another application', { metadata: { source: 'billing' } }],
    ['an event with an array as data', { data: [1, 2] }],
  ])('is not one of ours: %s', (_, overrides) => {
    expect(toStoredCaseEvent(asStored(overrides))).toBeNull();
  });

  it('reads an event written without an append slot, with no slot', () => {
    const { append: _, ...metadata } = asStored().metadata as Record<string, unknown>;
    expect(toStoredCaseEvent(asStored({ metadata }))?.append).toBeNull();
  });

  it('refuses an event without a log position (a server before 22.6 reading a stream)', () => {
    const withoutPosition = { ...asStored(), position: undefined } as ClientRecordedEvent;
    expect(() => toStoredCaseEvent(withoutPosition)).toThrow(/22\.10/);
    const unknownPosition = asStored({ position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n } });
    expect(() => toStoredCaseEvent(unknownPosition)).toThrow(/no log position/);
  });
});

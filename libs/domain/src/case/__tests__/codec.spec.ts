import { UndecodableEvent, type EventRecord, type StreamKind } from '../../streams';
import { ev } from '../../testing/fixtures';
import { decodeCaseEvent, encodeCaseEvent, isCaseRecord } from '../codec';

/** A record as a store hands it back: the encoded event, ids and the store's own fields. */
function recorded(eventId: string, streamKind?: 'case') {
  const { type, data } = encodeCaseEvent(ev.caseReferred());
  return { eventId, type, data, version: 1, recordedAt: '2021-11-01T08:00:00.000Z', ...(streamKind ? { streamKind } : {}) };
}

describe('the case codec', () => {
  it('given a recorded case event, then decodes it typed, the store metadata beside it', () => {
    const decoded = decodeCaseEvent(recorded('e1', 'case'));
    expect(decoded).toEqual({ eventId: 'e1', version: 1, recordedAt: '2021-11-01T08:00:00.000Z', streamKind: 'case', event: ev.caseReferred() });
    if (decoded.event.type === 'CaseReferred') expect(decoded.event.data.district).toBe('maseru');
  });

  it('given a record from before stream kinds, then reads it as a case event', () => {
    expect(decodeCaseEvent(recorded('e1')).event).toEqual(ev.caseReferred());
  });

  it('given a decided event, then encodes it with its catalogue schema version and its occurredAt', () => {
    const encoded = encodeCaseEvent(ev.summonsIssued());
    expect(encoded).toEqual({ type: 'SummonsIssued', schemaVersion: 1, occurredAt: ev.summonsIssued().data.occurredAt, data: ev.summonsIssued().data });
    expect(decodeCaseEvent({ eventId: 'e9', ...encoded }).event).toEqual(ev.summonsIssued());
  });

  it('given a type the catalogue does not have, then refuses it', () => {
    expect(() => decodeCaseEvent({ eventId: 'e1', type: 'CaseTeleported', data: {} })).toThrow(UndecodableEvent);
  });

  it('given a record of another kind that reached it untyped, then refuses it', () => {
    const claim = { ...recorded('e1'), streamKind: 'claim' } as EventRecord as { eventId: string; type: string; data: Record<string, unknown> };
    expect(() => decodeCaseEvent(claim)).toThrow(/claim stream/);
  });

  it('given records of several kinds, then the type guard keeps the case ones, which then decode', () => {
    const log: (EventRecord & { version: number })[] = [recorded('e1', 'case'), { ...recorded('e2'), streamKind: 'user' as const }, recorded('e3')];
    expect(log.filter(isCaseRecord).map(decodeCaseEvent).map((r) => r.eventId)).toEqual(['e1', 'e3']);
  });

  it('refuses, by its types, a record typed as another kind or as any kind', () => {
    const claim = { ...recorded('e1'), streamKind: 'claim' as const };
    const anyKind: EventRecord & { streamKind: StreamKind } = { ...recorded('e2'), streamKind: 'case' };
    // @ts-expect-error a claim's record is not a case's
    expect(() => decodeCaseEvent(claim)).toThrow(UndecodableEvent);
    // @ts-expect-error a record of any kind must be narrowed (isCaseRecord) first
    expect(decodeCaseEvent(anyKind).eventId).toBe('e2');
  });
});

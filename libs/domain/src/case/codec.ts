import { UndecodableEvent, type EventRecord } from '../streams';
import { CASE_EVENT_SCHEMA_VERSION, isCaseEventType, type CaseEvent, type CaseEventType } from './events';
import { upcastCaseEventData } from './upcast';

/** A record of a case stream. A record typed as another kind's does not fit, so it cannot reach the case codec. */
export type CaseStreamRecord = EventRecord & { readonly streamKind?: 'case' };

/**
 * A stored record with its case event decoded: the store's metadata beside a typed `event`, so it reads as
 * a `StoredCaseEvent` (folds, the correction overlay) and `event.type` narrows `event.data`.
 */
export type DecodedCaseRecord<R extends EventRecord> = Omit<R, 'type' | 'data'> & { readonly event: CaseEvent };

/** The new event's stored form: what the store is given besides ids, actor and correlation. */
export interface EncodedCaseEvent {
  readonly type: CaseEventType;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Is the record one of a case stream? (Narrows a record of any kind to one the case codec takes.) */
export function isCaseRecord<R extends EventRecord>(record: R): record is R & { readonly streamKind?: 'case' } {
  return record.streamKind === undefined || record.streamKind === 'case';
}

/** The one place a stored record becomes a case event; throws UndecodableEvent for another kind or an unknown type. */
export function decodeCaseEvent<R extends CaseStreamRecord>(record: R): DecodedCaseRecord<R> {
  const { type, data, ...rest } = record;
  // Types keep other kinds out; this keeps out a record whose kind was only known at run time.
  const kind: string | undefined = record.streamKind;
  if (kind !== undefined && kind !== 'case') throw new UndecodableEvent(`event ${record.eventId} is of a ${kind} stream, not a case`);
  if (!isCaseEventType(type)) throw new UndecodableEvent(`event ${record.eventId} has the unknown case event type ${type}`);
  // The data was written by `decide` through `encodeCaseEvent` (under the schema version it names), and
  // events are never edited: an older schema is read in today's shape.
  const current = record.schemaVersion === undefined ? data : upcastCaseEventData(type, record.schemaVersion, data);
  return { ...rest, event: { type, data: current } as CaseEvent };
}

/** A decided event as the store keeps it. */
export function encodeCaseEvent(event: CaseEvent): EncodedCaseEvent {
  return { type: event.type, schemaVersion: CASE_EVENT_SCHEMA_VERSION[event.type], occurredAt: event.data.occurredAt, data: event.data };
}

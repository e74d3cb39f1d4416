import { decodeCaseEvent, isCaseRecord, type DecodedCaseRecord } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';

/** A stored case event as a read model folds it: the store's metadata beside the typed event. */
export type CaseRecord = DecodedCaseRecord<RecordedEvent>;

/** The case events of a batch, decoded; events of other kinds of stream are not a case read model's. */
export function caseEventsOf(events: readonly RecordedEvent[]): CaseRecord[] {
  return events.filter(isCaseRecord).map(decodeCaseEvent);
}

/** The cases a batch touches, once each, as PostgreSQL spells a uuid. */
export function caseIdsOf(events: readonly CaseRecord[]): string[] {
  return [...new Set(events.map((event) => event.streamId.toLowerCase()))];
}

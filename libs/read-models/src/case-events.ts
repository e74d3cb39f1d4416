import { decodeCaseEvent, isCaseRecord, type DecodedCaseRecord } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';
import { TouchedRows, type ProjectionContext, type Row, type TableShape } from '@casetrail/projections';

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

/**
 * A projection's `applyBatch` for a read model of one table keyed by case: the rows the batch's cases
 * touch are read once, each event folded over them in order, the changed rows written back at once.
 */
export function foldOverCaseRows<R extends Row>(shape: TableShape<R>, fold: (rows: TouchedRows<R>, event: CaseRecord) => void) {
  return async ({ client, table }: ProjectionContext, batch: readonly RecordedEvent[]): Promise<void> => {
    const events = caseEventsOf(batch);
    const rows = await TouchedRows.load(client, table('cases'), shape, 'case_id', caseIdsOf(events));
    for (const event of events) fold(rows, event);
    await rows.write(client);
  };
}

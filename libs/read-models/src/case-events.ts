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

/** Each of a read model's tables by its name in the projection: its shape, or the rows a batch touches in it. */
export type CaseTables<S extends Record<string, Row>> = { readonly [T in keyof S]: TableShape<S[T]> };
export type TouchedTables<S extends Record<string, Row>> = { readonly [T in keyof S]: TouchedRows<S[T]> };

/**
 * A projection's `applyBatch` for a read model of tables keyed by case: the rows the batch's cases touch in
 * each table are read once, each event folded over them in order, the changed rows written back at once
 * (table by table, in the order `shapes` names them).
 */
export function foldOverCaseTables<S extends Record<string, Row>>(
  shapes: CaseTables<S>, fold: (touched: TouchedTables<S>, event: CaseRecord) => void,
) {
  return async ({ client, table }: ProjectionContext, batch: readonly RecordedEvent[]): Promise<void> => {
    const events = caseEventsOf(batch);
    const caseIds = caseIdsOf(events);
    const touched: Record<string, TouchedRows<Row>> = {};
    for (const [name, shape] of Object.entries(shapes as Record<string, TableShape<Row>>)) {
      touched[name] = await TouchedRows.load(client, table(name), shape, 'case_id', caseIds);
    }
    for (const event of events) fold(touched as TouchedTables<S>, event);
    for (const rows of Object.values(touched)) await rows.write(client);
  };
}

/** `foldOverCaseTables` for a read model of one table, `cases`. */
export function foldOverCaseRows<R extends Row>(shape: TableShape<R>, fold: (rows: TouchedRows<R>, event: CaseRecord) => void) {
  return foldOverCaseTables({ cases: shape }, (touched, event) => fold(touched.cases, event));
}

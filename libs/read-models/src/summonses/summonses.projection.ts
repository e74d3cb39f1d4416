import { correctionOf, type Correction } from '@casetrail/domain';
import type { Projection } from '@casetrail/projections';
import { foldOverCaseTables, type CaseRecord, type TouchedTables } from '../case-events';
import { SUMMONS_CASES, SUMMONSES, type SummonsCase, type StoredSummons } from './summonses.tables';

const TABLES = { cases: SUMMONS_CASES, summonses: SUMMONSES };
type Touched = TouchedTables<{ cases: SummonsCase; summonses: StoredSummons }>;

/** A correction of the case's referral, an issue or a service, laid over the rows it reaches. */
function correct({ cases, summonses }: Touched, caseId: string, correction: Correction): void {
  const target = correction.correctedEventId.toLowerCase();
  const ofThisCase = (matches: (row: StoredSummons) => boolean) => summonses.where((row) => row.case_id === caseId && matches(row));
  if (correction.correctedType === 'CaseReferred' && correction.changes.district !== undefined) {
    const district = correction.changes.district;
    const referred = cases.get(caseId);
    if (referred) cases.update(referred, { district });
    for (const row of ofThisCase(() => true)) summonses.update(row, { district });
  } else if (correction.correctedType === 'SummonsIssued') {
    const { court, returnDate, occurredAt } = correction.changes;
    for (const row of ofThisCase((r) => r.issue_event_id === target)) {
      summonses.update(row, {
        court: court ?? row.court,
        return_date: returnDate ?? row.return_date,
        issued_at: occurredAt ?? row.issued_at,
        issued_at_text: occurredAt ?? row.issued_at_text,
      });
    }
  } else if (correction.correctedType === 'SummonsServed' && correction.changes.occurredAt !== undefined) {
    const servedAt = correction.changes.occurredAt;
    for (const row of ofThisCase((r) => r.service_event_id === target)) summonses.update(row, { served_at: servedAt });
  }
}

/** One event folded into the rows of its case (a correction names an event of the same case). */
function fold(touched: Touched, { event, ...recorded }: CaseRecord): void {
  const { cases, summonses } = touched;
  switch (event.type) {
    case 'CaseReferred':
      cases.addIfAbsent({ case_id: recorded.streamId, district: event.data.district, referral_event_id: recorded.eventId });
      return;
    case 'SummonsIssued': {
      const referred = cases.get(recorded.streamId);
      if (!referred) return;
      const d = event.data;
      summonses.addIfAbsent({
        case_id: recorded.streamId, summons_ref: d.summonsRef, suspect_ref: d.suspectRef, court: d.court,
        district: referred.district, issued_at: recorded.occurredAt, issued_at_text: recorded.occurredAt, return_date: d.returnDate,
        status: 'issued', attempts: 0, served_at: null, issue_event_id: recorded.eventId, service_event_id: null,
      });
      return;
    }
    case 'SummonsServed': {
      const row = summonses.get(recorded.streamId, event.data.summonsRef);
      if (row) summonses.update(row, { status: 'served', attempts: row.attempts + 1, served_at: recorded.occurredAt, service_event_id: recorded.eventId });
      return;
    }
    case 'SummonsServiceFailed': {
      const row = summonses.get(recorded.streamId, event.data.summonsRef);
      if (row) summonses.update(row, { status: row.status === 'served' ? row.status : 'failed', attempts: row.attempts + 1 });
      return;
    }
    case 'EventCorrected':
      return correct(touched, recorded.streamId.toLowerCase(), correctionOf(event.data));
    default:
      return;
  }
}

/** Every summons with its case's district, court, dates and service status. */
export const summonsesProjection: Projection = {
  name: 'summonses',
  tables: TABLES,
  indexes: (table) => [
    `CREATE INDEX IF NOT EXISTS ${table('summonses')}_status ON ${table('summonses')} (status, return_date)`,
    `CREATE INDEX IF NOT EXISTS ${table('summonses')}_issue ON ${table('summonses')} (issue_event_id)`,
  ],
  handles: new Set(['CaseReferred', 'SummonsIssued', 'SummonsServed', 'SummonsServiceFailed', 'EventCorrected']),

  applyBatch: foldOverCaseTables(TABLES, fold),
};

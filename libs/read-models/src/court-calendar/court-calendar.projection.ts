import { correctionOf, type Correction } from '@casetrail/domain';
import type { Projection } from '@casetrail/projections';
import { foldOverCaseTables, type CaseRecord, type TouchedTables } from '../case-events';
import { CALENDAR_CASES, COURT_DATES, type CalendarCase, type CourtDate } from './court-calendar.tables';

const TABLES = { cases: CALENDAR_CASES, dates: COURT_DATES };
type Touched = TouchedTables<{ cases: CalendarCase; dates: CourtDate }>;

const changed = <K extends string>(changes: object, field: K): changes is Record<K, unknown> => Object.hasOwn(changes, field);

/** The fields of a court date a correction of its event moves (the suspect is an identity, never corrected). */
export function correctedCourtDate(correction: Correction): Partial<Pick<CourtDate, 'court' | 'due_date' | 'occurred_at'>> {
  const { correctedType, changes } = correction;
  const moved: Partial<Pick<CourtDate, 'court' | 'due_date' | 'occurred_at'>> = {};
  if (correctedType !== 'SummonsIssued' && correctedType !== 'AccusedAppeared' && correctedType !== 'HearingAdjourned') return moved;
  if (typeof changes.occurredAt === 'string') moved.occurred_at = changes.occurredAt;
  if (correctedType !== 'HearingAdjourned' && changed(changes, 'court')) moved.court = changes.court as string | null;
  if (correctedType === 'SummonsIssued' && typeof changes.returnDate === 'string') moved.due_date = changes.returnDate;
  if (correctedType === 'HearingAdjourned' && changed(changes, 'adjournedTo')) moved.due_date = changes.adjournedTo as string | null;
  return moved;
}

/** A JSON array column with one more element. */
const appended = (json: string, element: object) => JSON.stringify([...(JSON.parse(json) as object[]), element]);

function correct({ cases, dates }: Touched, caseId: string, correction: Correction, recordedAt: string): void {
  if (correction.correctedType === 'CaseReferred') {
    const district = correction.changes.district;
    const referred = cases.get(caseId);
    if (district === undefined || !referred) return;
    cases.update(referred, { district, districts: appended(referred.districts, { recordedAt, district }) });
    for (const row of dates.where((r) => r.case_id === caseId)) dates.update(row, { district });
    return;
  }
  const row = dates.get(caseId, correction.correctedEventId);
  if (!row) return;
  const moved = correctedCourtDate(correction);
  dates.update(row, { ...moved, corrections: appended(row.corrections, { recordedAt, ...moved }) });
}

/** One event folded into the rows of its case (a correction names an event of the same case). */
function fold(touched: Touched, { event, ...recorded }: CaseRecord): void {
  const caseId = recorded.streamId.toLowerCase();
  if (event.type === 'CaseReferred') {
    touched.cases.addIfAbsent({
      case_id: caseId, district: event.data.district, districts: JSON.stringify([{ recordedAt: recorded.recordedAt, district: event.data.district }]),
    });
    return;
  }
  if (event.type === 'EventCorrected') return correct(touched, caseId, correctionOf(event.data), recorded.recordedAt);
  const referred = touched.cases.get(caseId);
  if (!referred) return;
  const add = (source: CourtDate['source'], suspect_ref: string, court: string | null, due_date: string | null) => {
    const fields = { court, due_date, occurred_at: recorded.occurredAt };
    touched.dates.addIfAbsent({
      case_id: caseId, event_id: recorded.eventId, source, suspect_ref, district: referred.district, ...fields,
      stream_version: recorded.version, recorded_at: recorded.recordedAt, recorded: JSON.stringify(fields), corrections: '[]',
    });
  };
  if (event.type === 'SummonsIssued') add('summons', event.data.suspectRef, event.data.court, event.data.returnDate);
  else if (event.type === 'AccusedAppeared') add('appearance', event.data.suspectRef, event.data.court, null);
  else if (event.type === 'HearingAdjourned') add('adjournment', event.data.suspectRef, null, event.data.adjournedTo);
}

/** The court calendar: summonses, appearances and adjournments of each case, with its district, as corrected. */
export const courtCalendarProjection: Projection = {
  name: 'court_calendar',
  tables: TABLES,
  indexes: (table) => [
    `CREATE INDEX IF NOT EXISTS ${table('dates')}_due ON ${table('dates')} (due_date) WHERE due_date IS NOT NULL`,
    `CREATE INDEX IF NOT EXISTS ${table('dates')}_accused ON ${table('dates')} (case_id, suspect_ref, occurred_at)`,
  ],
  handles: new Set(['CaseReferred', 'SummonsIssued', 'AccusedAppeared', 'HearingAdjourned', 'EventCorrected']),

  applyBatch: foldOverCaseTables(TABLES, fold),
};

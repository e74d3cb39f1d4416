import type { RecordedEvent } from '@casetrail/event-store';
import { TouchedRows, type Projection, type ProjectionContext, type TableShape } from '@casetrail/projections';
import { correctionOf } from '../corrections';

type CaseRow = { case_id: string; district: string; referral_event_id: string };
type SummonsRow = {
  case_id: string; summons_ref: string; suspect_ref: string; court: string; district: string;
  issued_at: string; issued_at_text: string; return_date: string; status: string; attempts: number;
  served_at: string | null; issue_event_id: string; service_event_id: string | null;
};
const CASES: TableShape<CaseRow> = { columns: { case_id: 'uuid', district: 'text', referral_event_id: 'uuid' }, key: ['case_id'] };
const SUMMONSES: TableShape<SummonsRow> = {
  columns: {
    case_id: 'uuid', summons_ref: 'text', suspect_ref: 'text', court: 'text', district: 'text',
    issued_at: 'timestamptz', issued_at_text: 'text', return_date: 'date', status: 'text', attempts: 'integer',
    served_at: 'timestamptz', issue_event_id: 'uuid', service_event_id: 'uuid',
  },
  key: ['case_id', 'summons_ref'],
};

interface Touched {
  readonly cases: TouchedRows<CaseRow>;
  readonly summonses: TouchedRows<SummonsRow>;
}

/** One event folded into the rows of its case (a correction names an event of the same case). */
function fold({ cases, summonses }: Touched, event: RecordedEvent): void {
  const d = event.data;
  const summons = () => summonses.get(event.streamId, d.summonsRef as string);
  const ofThisCase = (matches: (row: SummonsRow) => boolean) => summonses.where((row) => row.case_id === event.streamId.toLowerCase() && matches(row));
  switch (event.type) {
    case 'CaseReferred':
      cases.addIfAbsent({ case_id: event.streamId, district: d.district as string, referral_event_id: event.eventId });
      return;
    case 'SummonsIssued': {
      const referred = cases.get(event.streamId);
      if (!referred) return;
      summonses.addIfAbsent({
        case_id: event.streamId, summons_ref: d.summonsRef as string, suspect_ref: d.suspectRef as string, court: d.court as string,
        district: referred.district, issued_at: event.occurredAt, issued_at_text: event.occurredAt, return_date: d.returnDate as string,
        status: 'issued', attempts: 0, served_at: null, issue_event_id: event.eventId, service_event_id: null,
      });
      return;
    }
    case 'SummonsServed': {
      const row = summons();
      if (row) summonses.update(row, { status: 'served', attempts: row.attempts + 1, served_at: event.occurredAt, service_event_id: event.eventId });
      return;
    }
    case 'SummonsServiceFailed': {
      const row = summons();
      if (row) summonses.update(row, { status: row.status === 'served' ? row.status : 'failed', attempts: row.attempts + 1 });
      return;
    }
    case 'EventCorrected': {
      const { correctedEventId, correctedType, changes } = correctionOf(event);
      if (correctedType === 'CaseReferred' && typeof changes.district === 'string') {
        const district = changes.district;
        const referred = cases.get(event.streamId);
        if (referred) cases.update(referred, { district });
        for (const row of ofThisCase(() => true)) summonses.update(row, { district });
      } else if (correctedType === 'SummonsIssued') {
        const occurredAt = (changes.occurredAt as string | undefined) ?? null;
        for (const row of ofThisCase((r) => r.issue_event_id === correctedEventId)) {
          summonses.update(row, {
            court: (changes.court as string | undefined) ?? row.court,
            return_date: (changes.returnDate as string | undefined) ?? row.return_date,
            issued_at: occurredAt ?? row.issued_at,
            issued_at_text: occurredAt ?? row.issued_at_text,
          });
        }
      } else if (correctedType === 'SummonsServed' && typeof changes.occurredAt === 'string') {
        const servedAt = changes.occurredAt;
        for (const row of ofThisCase((r) => r.service_event_id === correctedEventId)) summonses.update(row, { served_at: servedAt });
      }
      return;
    }
    default:
      return;
  }
}

/** Every summons with its case's district, court, dates and service status. */
export const summonsesProjection: Projection = {
  name: 'summonses',
  tables: {
    cases: 'case_id uuid PRIMARY KEY, district text NOT NULL, referral_event_id uuid NOT NULL',
    summonses: `case_id uuid NOT NULL, summons_ref text NOT NULL, suspect_ref text NOT NULL, court text NOT NULL,
                district text NOT NULL, issued_at timestamptz NOT NULL, issued_at_text text NOT NULL, return_date date NOT NULL,
                status text NOT NULL, attempts integer NOT NULL DEFAULT 0, served_at timestamptz NULL,
                issue_event_id uuid NOT NULL, service_event_id uuid NULL, PRIMARY KEY (case_id, summons_ref)`,
  },
  indexes: (table) => [
    `CREATE INDEX IF NOT EXISTS ${table('summonses')}_status ON ${table('summonses')} (status, return_date)`,
    `CREATE INDEX IF NOT EXISTS ${table('summonses')}_issue ON ${table('summonses')} (issue_event_id)`,
  ],
  handles: new Set(['CaseReferred', 'SummonsIssued', 'SummonsServed', 'SummonsServiceFailed', 'EventCorrected']),

  async applyBatch({ client, table }: ProjectionContext, events: readonly RecordedEvent[]): Promise<void> {
    const caseIds = [...new Set(events.map((event) => event.streamId))];
    const touched: Touched = {
      cases: await TouchedRows.load(client, table('cases'), CASES, 'case_id', caseIds),
      summonses: await TouchedRows.load(client, table('summonses'), SUMMONSES, 'case_id', caseIds),
    };
    for (const event of events) fold(touched, event);
    await touched.cases.write(client);
    await touched.summonses.write(client);
  },
};

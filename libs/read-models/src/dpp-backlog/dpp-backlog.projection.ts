import type { RecordedEvent } from '@casetrail/event-store';
import { TouchedRows, type Projection, type ProjectionContext, type TableShape } from '@casetrail/projections';
import { correctionOf } from '../corrections';

type BacklogRow = {
  case_id: string; district: string; form: string; referral_event_id: string;
  submitted_at: string | null; submitted_at_text: string | null; submission_event_id: string | null;
  decided_at: string | null; decision: string | null; closed: boolean;
};
const CASES: TableShape<BacklogRow> = {
  columns: {
    case_id: 'uuid', district: 'text', form: 'text', referral_event_id: 'uuid',
    submitted_at: 'timestamptz', submitted_at_text: 'text', submission_event_id: 'uuid',
    decided_at: 'timestamptz', decision: 'text', closed: 'boolean',
  },
  key: ['case_id'],
};

/** One event folded into its case's row. */
function fold(cases: TouchedRows<BacklogRow>, event: RecordedEvent): void {
  const d = event.data;
  const row = cases.get(event.streamId);
  switch (event.type) {
    case 'CaseReferred':
      cases.addIfAbsent({
        case_id: event.streamId, district: d.district as string, form: d.form as string, referral_event_id: event.eventId,
        submitted_at: null, submitted_at_text: null, submission_event_id: null, decided_at: null, decision: null, closed: false,
      });
      return;
    case 'DocketSubmittedToDpp':
      if (row) {
        cases.update(row, {
          submitted_at: event.occurredAt, submitted_at_text: event.occurredAt, submission_event_id: event.eventId,
          decided_at: null, decision: null,
        });
      }
      return;
    case 'DppDecisionRecorded':
      if (row) cases.update(row, { decided_at: event.occurredAt, decision: (d.decision as string | undefined) ?? null });
      return;
    case 'CaseClosed':
      if (row) cases.update(row, { closed: true });
      return;
    case 'EventCorrected': {
      const { correctedEventId, changes } = correctionOf(event);
      if (row && row.referral_event_id === correctedEventId) {
        cases.update(row, {
          district: (changes.district as string | undefined) ?? row.district,
          form: (changes.form as string | undefined) ?? row.form,
        });
      }
      if (typeof changes.occurredAt === 'string' && row && row.submission_event_id === correctedEventId) {
        cases.update(row, { submitted_at: changes.occurredAt, submitted_at_text: changes.occurredAt });
      }
      return;
    }
    default:
      return;
  }
}

/** One row per case that has reached the DPP: when its docket went in and whether a decision came. */
export const dppBacklogProjection: Projection = {
  name: 'dpp_backlog',
  tables: {
    cases: `case_id uuid PRIMARY KEY, district text NOT NULL, form text NOT NULL, referral_event_id uuid NOT NULL,
            submitted_at timestamptz NULL, submitted_at_text text NULL, submission_event_id uuid NULL,
            decided_at timestamptz NULL, decision text NULL, closed boolean NOT NULL DEFAULT false`,
  },
  handles: new Set(['CaseReferred', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'CaseClosed', 'EventCorrected']),

  async applyBatch({ client, table }: ProjectionContext, events: readonly RecordedEvent[]): Promise<void> {
    const caseIds = [...new Set(events.map((event) => event.streamId))];
    const cases = await TouchedRows.load(client, table('cases'), CASES, 'case_id', caseIds);
    for (const event of events) fold(cases, event);
    await cases.write(client);
  },
};

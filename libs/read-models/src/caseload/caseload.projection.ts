import type { RecordedEvent } from '@casetrail/event-store';
import { TouchedRows, type Projection, type ProjectionContext, type TableShape } from '@casetrail/projections';
import { correctionOf } from '../corrections';

export const STAGE_AFTER_DECISION: Readonly<Record<string, string>> = {
  prosecute: 'in_prosecution',
  decline: 'declined',
  further_investigation: 'under_investigation',
};
const DECIDED_STAGES = new Set(Object.values(STAGE_AFTER_DECISION));

type CaseRow = {
  case_id: string; district: string; form: string; stage: string;
  referral_event_id: string; last_decision_event_id: string | null; version: number;
};
const CASES: TableShape<CaseRow> = {
  columns: {
    case_id: 'uuid', district: 'text', form: 'text', stage: 'text',
    referral_event_id: 'uuid', last_decision_event_id: 'uuid', version: 'integer',
  },
  key: ['case_id'],
};

function stageAfter(decision: unknown): string {
  const stage = STAGE_AFTER_DECISION[String(decision)];
  if (!stage) throw new Error(`no caseload stage for the DPP decision ${String(decision)}`);
  return stage;
}

/**
 * One event folded into its case's row. Every change is guarded by the stream version, so an event is
 * never applied twice, and a closed case keeps its stage.
 */
function fold(cases: TouchedRows<CaseRow>, event: RecordedEvent): void {
  const d = event.data;
  const row = cases.get(event.streamId);
  const isNewer = row !== undefined && row.version < event.version;
  const setStage = (stage: string) => {
    if (row && isNewer && row.stage !== 'closed') cases.update(row, { stage, version: event.version });
  };
  switch (event.type) {
    case 'CaseReferred':
      cases.addIfAbsent({
        case_id: event.streamId, district: d.district as string, form: d.form as string, stage: 'referred',
        referral_event_id: event.eventId, last_decision_event_id: null, version: event.version,
      });
      return;
    case 'InvestigationOpened':
      return setStage('under_investigation');
    case 'DocketSubmittedToDpp':
      return setStage('with_dpp');
    case 'DppDecisionRecorded':
      if (row && isNewer) {
        const stage = row.stage === 'closed' ? row.stage : stageAfter(d.decision);
        cases.update(row, { stage, last_decision_event_id: event.eventId, version: event.version });
      }
      return;
    case 'CaseClosed':
      if (row && isNewer) cases.update(row, { stage: 'closed', version: event.version });
      return;
    case 'EventCorrected': {
      const { correctedEventId, changes } = correctionOf(event);
      if (row && isNewer && row.referral_event_id === correctedEventId) {
        cases.update(row, {
          district: (changes.district as string | undefined) ?? row.district,
          form: (changes.form as string | undefined) ?? row.form,
          version: event.version,
        });
      }
      if (typeof changes.decision === 'string' && row && row.last_decision_event_id === correctedEventId
        && DECIDED_STAGES.has(row.stage) && row.version <= event.version) {
        cases.update(row, { stage: stageAfter(changes.decision), version: event.version });
      }
      return;
    }
    default:
      return;
  }
}

/** One row per case: its district, form and stage; counted by the caseload route. */
export const caseloadProjection: Projection = {
  name: 'caseload',
  tables: {
    cases: `case_id uuid PRIMARY KEY, district text NOT NULL, form text NOT NULL, stage text NOT NULL,
            referral_event_id uuid NOT NULL, last_decision_event_id uuid NULL, version integer NOT NULL`,
  },
  indexes: (table) => [`CREATE INDEX IF NOT EXISTS ${table('cases')}_stage ON ${table('cases')} (stage, district, form)`],
  handles: new Set(['CaseReferred', 'InvestigationOpened', 'DocketSubmittedToDpp', 'DppDecisionRecorded', 'CaseClosed', 'EventCorrected']),

  async applyBatch({ client, table }: ProjectionContext, events: readonly RecordedEvent[]): Promise<void> {
    const caseIds = [...new Set(events.map((event) => event.streamId))];
    const cases = await TouchedRows.load(client, table('cases'), CASES, 'case_id', caseIds);
    for (const event of events) fold(cases, event);
    await cases.write(client);
  },
};

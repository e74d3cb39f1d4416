import type { ListedCase } from '@casetrail/contract';
import { compareGlobalPositions, decodeGlobalPosition, type GlobalPosition } from '@casetrail/event-store';
import {
  CASE_STAGES, effectiveEvents, foldCase, instantOf, occurredBy, type CaseEvent, type CaseStage, type SummonsRecord,
} from '@casetrail/domain';

/** A case event as the list keeps it: where it stands in the global order, when recorded, its data without free text. */
export interface ListedEvent {
  readonly eventId: string;
  /** Its global position as `encodeGlobalPosition` writes it. */
  readonly position: string;
  readonly recordedAt: string;
  readonly event: CaseEvent;
}


export type { ListedCase } from '@casetrail/contract';

/** Where the list looks: up to a global position, as recorded by `knownAt`, as the world stood at `asOf` (null: no limit). */
export interface ListMoment {
  readonly position: GlobalPosition | null;
  readonly knownAt: string | null;
  readonly asOf: string | null;
}

/** When the store recorded an event, in milliseconds (as `knownAt` is compared). */
export const recordedMs = (event: ListedEvent) => Date.parse(event.recordedAt);

/** The stage's place in a case's life, for sorting by stage. */
export const stageRank = (stage: CaseStage) => CASE_STAGES.indexOf(stage);

/** A case as it stood: what the list shows, since when its docket waits before the DPP, its summonses. */
export interface CaseAt {
  readonly listed: ListedCase;
  /** When the docket before the DPP was submitted; null when none waits (a closed case waits for nothing). */
  readonly beforeDppSince: string | null;
  readonly summonses: readonly SummonsRecord[];
  /** When closed (as corrected); null while open. */
  readonly closedAt: string | null;
  /** When it was closed or had a DPP decision (as corrected): its dispositions, after NCSC CourTools 2. */
  readonly dispositions: readonly string[];
}

/** The case folded from its events as they stood at the moment; null when it was not referred by then. */
export function caseAt(caseId: string, events: readonly ListedEvent[], moment: ListMoment): CaseAt | null {
  const known = events.filter((e) =>
    (moment.position === null || compareGlobalPositions(decodeGlobalPosition(e.position), moment.position) <= 0)
    && (moment.knownAt === null || recordedMs(e) <= instantOf(moment.knownAt)));
  const folded = moment.asOf === null ? known : occurredBy(known, moment.asOf);
  const state = foldCase(folded);
  if (state.status !== 'existing') return null;
  const { docket } = state;
  const dispositions = effectiveEvents(folded)
    .filter(({ event }) => event.type === 'CaseClosed' || event.type === 'DppDecisionRecorded')
    .map(({ event }) => event.data.occurredAt);
  return {
    listed: {
      caseId, district: state.district, form: state.form, stage: state.stage, referredAt: state.referredAt,
      lastEventAt: state.lastOccurredAt, accusedCount: Object.keys(state.accused).length,
    },
    beforeDppSince: docket.submittedAt !== null && docket.decision === null && state.stage !== 'closed' ? docket.submittedAt : null,
    summonses: Object.values(state.summonses),
    closedAt: state.closedAt,
    dispositions,
  };
}

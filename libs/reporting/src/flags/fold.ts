import type { CaseEventType } from '@casetrail/domain';
import { caseRedFlags, type RecordedCaseEvent } from './case-flags';
import { DEFAULT_FLAG_RULES, type FlagRules, type RedFlag } from './red-flag';

/** The event types any flag reads; a correction counts when it corrects one of them. */
export const FLAG_EVENT_TYPES: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'CaseReferred', 'InvestigationOpened', 'OfficialComplicityAlleged', 'DocketSubmittedToDpp', 'DocketReportedMissing',
  'DocketReconstructed', 'DppDecisionRecorded', 'CaseClosed', 'ChargesFiled', 'ChargesWithdrawn', 'VerdictDelivered',
  'SentenceImposed', 'SummonsIssued', 'SummonsServed', 'HearingAdjourned', 'VictimRepatriated', 'VictimCooperationRecorded',
]);

/** What a flags read model keeps per case (plain JSON): the events its flags are computed from. */
export type CaseFlagsFold = Readonly<{ caseId: string; events: readonly RecordedCaseEvent[] }>;

export function emptyCaseFlagsFold(caseId: string): CaseFlagsFold {
  return { caseId, events: [] };
}

/** True when the event can change a case's flags (the others need not be applied at all). */
export function affectsFlags(event: RecordedCaseEvent['event']): boolean {
  return event.type === 'EventCorrected' ? FLAG_EVENT_TYPES.has(event.data.correctedType) : FLAG_EVENT_TYPES.has(event.type);
}

/** The fold after one more event of the case, in stream order. */
export function foldFlagEvent(fold: CaseFlagsFold, recorded: RecordedCaseEvent): CaseFlagsFold {
  return affectsFlags(recorded.event) ? { ...fold, events: [...fold.events, recorded] } : fold;
}

/** The case's flags, recomputed from the fold (a case holds tens of events: cheap on every event). */
export function flagsOfFold(fold: CaseFlagsFold, rules: FlagRules = DEFAULT_FLAG_RULES): RedFlag[] {
  return caseRedFlags(fold.caseId, fold.events, { rules });
}

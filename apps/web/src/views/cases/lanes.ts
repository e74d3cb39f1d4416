import type { TimelineEvent } from '../../api/types';
import { strings } from '../../strings';

export type Lane = keyof typeof strings.stages;

export const LANES: readonly Lane[] = ['intake', 'dpp', 'prosecution', 'trial', 'sentence', 'closure'];

/** The stage each kind of event belongs to; a kind not named here goes with closure and corrections. */
const LANE_OF: Readonly<Record<string, Lane>> = {
  CaseReferred: 'intake', VictimIdentified: 'intake', VictimReferredToServices: 'intake', ProtectionServiceProvided: 'intake',
  VictimRepatriated: 'intake', VictimCooperationRecorded: 'intake', InvestigationOpened: 'intake', InvestigationClosed: 'intake',
  SuspectIdentified: 'intake', SuspectArrested: 'intake', OfficialComplicityAlleged: 'intake', BailGranted: 'intake',
  EvidenceAttached: 'intake',
  DocketSubmittedToDpp: 'dpp', DppDecisionRecorded: 'dpp', DocketReportedMissing: 'dpp', DocketReconstructed: 'dpp',
  ChargesFiled: 'prosecution', ChargesWithdrawn: 'prosecution', SummonsIssued: 'prosecution', SummonsServed: 'prosecution',
  SummonsServiceFailed: 'prosecution', AccusedAppeared: 'prosecution',
  TrialStarted: 'trial', HearingAdjourned: 'trial', VerdictDelivered: 'trial',
  SentenceImposed: 'sentence', ReferredToHighCourtForSentence: 'sentence', AppealFiled: 'sentence', AppealDecided: 'sentence',
};

export const laneOf = (type: string): Lane => LANE_OF[type] ?? 'closure';

export const eventLabel = (type: string): string =>
  strings.eventTypes[type] ?? type.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/**
 * Which accused an event concerns (null: the whole case). Summonses and appeals name their accused when filed;
 * later events name only the summons or appeal, and corrections go with what they correct.
 */
export function accusedOf(events: readonly TimelineEvent[]): Map<string, string | null> {
  const byRef = new Map<string, string>();
  const result = new Map<string, string | null>();
  for (const event of events) {
    const { suspectRef, summonsRef, appealRef, correctedEventId } = event.data as Record<string, unknown>;
    let accused: string | null = typeof suspectRef === 'string' ? suspectRef : null;
    for (const ref of [typeof summonsRef === 'string' ? `s:${summonsRef}` : null, typeof appealRef === 'string' ? `a:${appealRef}` : null]) {
      if (ref === null) continue;
      if (accused) byRef.set(ref, accused);
      else accused = byRef.get(ref) ?? null;
    }
    if (typeof correctedEventId === 'string') accused = result.get(correctedEventId) ?? null;
    result.set(event.eventId, accused);
  }
  return result;
}

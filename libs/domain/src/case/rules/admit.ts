import { assertNever } from '../../exhaustive';
import { isInFuture } from '../../time';
import { effectiveEvents } from '../corrections';
import type { CaseEvent, EventCorrectedData, StoredCaseEvent } from '../events';
import { evolve } from '../evolve';
import { CaseRuleViolation, refuse } from '../refusals';
import { initialState, type CaseState, type ExistingCase } from '../state';
import {
  admitAccusedAppeared, admitAppealDecided, admitAppealFiled, admitHearingAdjourned,
  admitReferredToHighCourtForSentence, admitSentenceImposed, admitTrialStarted, admitVerdictDelivered,
} from './court';
import { admitFields, admitNow } from './fields';
import {
  admitVictimAct, admitVictimCooperationRecorded, admitVictimIdentified, admitVictimRepatriated,
} from './intake';
import { admitEventCorrected, admitEvidenceAttached, admitPersonalDataErased } from './integrity';
import {
  admitBailGranted, admitDocketReconstructed, admitDocketReportedMissing, admitDocketSubmittedToDpp,
  admitInvestigationClosed, admitInvestigationOpened, admitOfficialComplicityAlleged, admitSuspectArrested,
  admitSuspectIdentified,
} from './investigation';
import {
  admitChargesFiled, admitChargesWithdrawn, admitDppDecisionRecorded, admitServiceAttempt, admitSummonsIssued,
} from './prosecution';
import { notBefore } from './support';

/** Keeping the record straight, not a step in the case: allowed once closed, and not tied to its timeline. */
function isRecordKeeping(event: CaseEvent): boolean {
  return event.type === 'EventCorrected' || event.type === 'PersonalDataErased';
}

/**
 * Throws a CaseRuleViolation unless `event` may follow `state` at server time `now`.
 * Rules are stated on events, not commands, so that a correction can be checked by running the
 * corrected history through the very same rules.
 */
export function admit(state: CaseState, event: CaseEvent, now: string): void {
  admitNow(now);
  if (state.status === 'not_referred') {
    if (event.type !== 'CaseReferred') refuse('CASE_NOT_FOUND', 'no case was referred on this stream');
  } else {
    if (event.type === 'CaseReferred') refuse('CASE_ALREADY_EXISTS', `case ${state.caseId} was already referred`);
    if (state.stage === 'closed' && !isRecordKeeping(event)) {
      refuse('CASE_CLOSED', `the case was closed at ${state.closedAt ?? ''}`);
    }
  }
  admitFields(event);
  if (isInFuture(event.data.occurredAt, now)) {
    refuse('OCCURRED_IN_FUTURE', `occurredAt ${event.data.occurredAt} is after the server time ${now}`);
  }
  if (state.status === 'existing') {
    if (!isRecordKeeping(event)) notBefore(event.data.occurredAt, state.referredAt, "the case's referral");
    admitOnCase(state, event, now);
  }
}

function admitOnCase(state: ExistingCase, event: CaseEvent, now: string): void {
  switch (event.type) {
    case 'CaseReferred':
      return;
    case 'VictimIdentified':
      return admitVictimIdentified(state, event.data);
    case 'VictimReferredToServices':
    case 'ProtectionServiceProvided':
      admitVictimAct(state, event.data);
      return;
    case 'VictimRepatriated':
      return admitVictimRepatriated(state, event.data);
    case 'VictimCooperationRecorded':
      return admitVictimCooperationRecorded(state, event.data);
    case 'InvestigationOpened':
      return admitInvestigationOpened(state, event.data);
    case 'SuspectIdentified':
      return admitSuspectIdentified(state, event.data);
    case 'OfficialComplicityAlleged':
      return admitOfficialComplicityAlleged(state, event.data);
    case 'SuspectArrested':
      return admitSuspectArrested(state, event.data);
    case 'BailGranted':
      return admitBailGranted(state, event.data);
    case 'DocketSubmittedToDpp':
      return admitDocketSubmittedToDpp(state, event.data);
    case 'DocketReportedMissing':
      return admitDocketReportedMissing(state);
    case 'DocketReconstructed':
      return admitDocketReconstructed(state, event.data);
    case 'InvestigationClosed':
      return admitInvestigationClosed(state, event.data);
    case 'DppDecisionRecorded':
      return admitDppDecisionRecorded(state, event.data);
    case 'ChargesFiled':
      return admitChargesFiled(state, event.data);
    case 'SummonsIssued':
      return admitSummonsIssued(state, event.data);
    case 'SummonsServed':
    case 'SummonsServiceFailed':
      return admitServiceAttempt(state, event.data);
    case 'AccusedAppeared':
      return admitAccusedAppeared(state, event.data);
    case 'TrialStarted':
      return admitTrialStarted(state, event.data);
    case 'HearingAdjourned':
      return admitHearingAdjourned(state, event.data);
    case 'ChargesWithdrawn':
      return admitChargesWithdrawn(state, event.data);
    case 'VerdictDelivered':
      return admitVerdictDelivered(state, event.data);
    case 'ReferredToHighCourtForSentence':
      return admitReferredToHighCourtForSentence(state, event.data);
    case 'SentenceImposed':
      return admitSentenceImposed(state, event.data);
    case 'AppealFiled':
      return admitAppealFiled(state, event.data);
    case 'AppealDecided':
      return admitAppealDecided(state, event.data);
    case 'CaseClosed':
      return;
    case 'EventCorrected':
      admitEventCorrected(state, event.data);
      return admitCorrectedHistory(state.history, event.data, now);
    case 'EvidenceAttached':
      return admitEvidenceAttached(state, event.data);
    case 'PersonalDataErased':
      return admitPersonalDataErased(state, event.data);
    default:
      return assertNever(event);
  }
}

/** Placeholder id of an event decided but not yet stored. */
export const PENDING_EVENT_ID = '(pending)';

/**
 * The history as it would read after the correction must still obey every rule: a corrected
 * time may not precede what the event depends on, a corrected verdict may not orphan a sentence.
 */
function admitCorrectedHistory(
  history: readonly StoredCaseEvent[],
  correction: EventCorrectedData,
  now: string,
): void {
  const pending: StoredCaseEvent = { eventId: PENDING_EVENT_ID, event: { type: 'EventCorrected', data: correction } };
  const corrected = [...history, pending];
  let state = initialState();
  for (const { eventId, event } of effectiveEvents(corrected)) {
    if (event.type === 'EventCorrected') continue;
    try {
      admit(state, event, now);
    } catch (error) {
      if (!(error instanceof CaseRuleViolation)) throw error;
      const breach = `after this correction, event ${eventId} (${event.type}) would break a rule`;
      refuse(error.code, `${breach}: ${error.message}`);
    }
    state = evolve(state, { eventId, event });
  }
}

import { assertNever } from '../exhaustive';
import { latestOf } from '../time';
import { effectiveEvents } from './corrections';
import type { CaseEvent, StoredCaseEvent } from './events';
import {
  accusedAppeared, appealDecided, appealFiled, referredToHighCourtForSentence, sentenceImposed, trialStarted,
  verdictDelivered,
} from './evolve/court';
import {
  caseReferred, protectionServiceProvided, victimCooperationRecorded, victimIdentified, victimReferredToServices,
  victimRepatriated,
} from './evolve/intake';
import { evidenceAttached, personalDataErased } from './evolve/integrity';
import {
  bailGranted, docketReconstructed, docketReportedMissing, docketSubmittedToDpp, investigationClosed,
  investigationOpened, officialComplicityAlleged, suspectArrested, suspectIdentified,
} from './evolve/investigation';
import {
  caseClosed, chargesFiled, chargesWithdrawn, dppDecisionRecorded, summonsIssued, summonsServed, summonsServiceFailed,
} from './evolve/prosecution';
import { initialState, type CaseState, type ExistingCase } from './state';

/** What one event (already corrected) does to the case, history aside. */
function apply(state: ExistingCase, event: CaseEvent): ExistingCase {
  switch (event.type) {
    case 'CaseReferred':
      return state;
    case 'VictimIdentified':
      return victimIdentified(state, event.data);
    case 'VictimReferredToServices':
      return victimReferredToServices(state, event.data);
    case 'ProtectionServiceProvided':
      return protectionServiceProvided(state, event.data);
    case 'VictimRepatriated':
      return victimRepatriated(state, event.data);
    case 'VictimCooperationRecorded':
      return victimCooperationRecorded(state, event.data);
    case 'InvestigationOpened':
      return investigationOpened(state, event.data);
    case 'SuspectIdentified':
      return suspectIdentified(state, event.data);
    case 'OfficialComplicityAlleged':
      return officialComplicityAlleged(state, event.data);
    case 'SuspectArrested':
      return suspectArrested(state, event.data);
    case 'BailGranted':
      return bailGranted(state, event.data);
    case 'DocketSubmittedToDpp':
      return docketSubmittedToDpp(state, event.data);
    case 'DocketReportedMissing':
      return docketReportedMissing(state, event.data);
    case 'DocketReconstructed':
      return docketReconstructed(state, event.data);
    case 'InvestigationClosed':
      return investigationClosed(state, event.data);
    case 'DppDecisionRecorded':
      return dppDecisionRecorded(state, event.data);
    case 'ChargesFiled':
      return chargesFiled(state, event.data);
    case 'SummonsIssued':
      return summonsIssued(state, event.data);
    case 'SummonsServed':
      return summonsServed(state, event.data);
    case 'SummonsServiceFailed':
      return summonsServiceFailed(state, event.data);
    case 'AccusedAppeared':
      return accusedAppeared(state, event.data);
    case 'TrialStarted':
      return trialStarted(state, event.data);
    case 'HearingAdjourned':
      return state;
    case 'ChargesWithdrawn':
      return chargesWithdrawn(state, event.data);
    case 'VerdictDelivered':
      return verdictDelivered(state, event.data);
    case 'ReferredToHighCourtForSentence':
      return referredToHighCourtForSentence(state, event.data);
    case 'SentenceImposed':
      return sentenceImposed(state, event.data);
    case 'AppealFiled':
      return appealFiled(state, event.data);
    case 'AppealDecided':
      return appealDecided(state, event.data);
    case 'CaseClosed':
      return caseClosed(state, event.data);
    case 'EventCorrected':
      // Its effect is the re-fold in `evolve`.
      return state;
    case 'EvidenceAttached':
      return evidenceAttached(state, event.data);
    case 'PersonalDataErased':
      return personalDataErased(state, event.data);
    default:
      return assertNever(event);
  }
}

/** One event folded into the case's facts; a stream's events before its referral are ignored. */
function applyEvent(state: CaseState, event: CaseEvent): CaseState {
  if (state.status === 'not_referred') {
    return event.type === 'CaseReferred' ? caseReferred(event.data) : state;
  }
  const next = apply(state, event);
  return { ...next, lastOccurredAt: latestOf(next.lastOccurredAt, event.data.occurredAt) ?? next.lastOccurredAt };
}

/**
 * The case after one more stored event. An EventCorrected re-folds the whole history with its
 * corrections applied, so a corrected field reads as if it had been right from the start.
 */
export function evolve(state: CaseState, stored: StoredCaseEvent): CaseState {
  const history = state.status === 'existing' ? [...state.history, stored] : [stored];
  const next =
    stored.event.type === 'EventCorrected'
      ? effectiveEvents(history).reduce<CaseState>((s, e) => applyEvent(s, e.event), initialState())
      : applyEvent(state, stored.event);
  return next.status === 'existing' ? { ...next, history } : next;
}

/** The case as its stored events tell it. */
export function foldCase(events: readonly StoredCaseEvent[]): CaseState {
  return events.reduce(evolve, initialState());
}

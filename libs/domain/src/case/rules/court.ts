import { isBefore, latestOf, lesothoDateOf } from '../../time';
import type {
  AccusedAppearedData, AppealDecidedData, AppealFiledData, HearingAdjournedData, ReferredToHighCourtForSentenceData,
  SentenceImposedData, TrialStartedData, VerdictDeliveredData,
} from '../events';
import { refuse } from '../refusals';
import { entryOf, type AccusedState, type ExistingCase, type VerdictState } from '../state';
import { notBefore, refuseIfDecided, requireAccused } from './support';

function requireCharged(accused: AccusedState): string {
  return accused.chargedAt ?? refuse('CHARGES_NOT_FILED', `${accused.suspectRef} has not been charged`);
}

export function admitAccusedAppeared(state: ExistingCase, data: AccusedAppearedData): void {
  const chargedAt = requireCharged(requireAccused(state, data.suspectRef));
  notBefore(data.occurredAt, chargedAt, `the charges against ${data.suspectRef}`);
}

export function admitTrialStarted(state: ExistingCase, data: TrialStartedData): void {
  const accused = requireAccused(state, data.suspectRef);
  refuseIfDecided(accused);
  if (accused.chargedAt === null) refuse('TRIAL_NEEDS_CHARGES', `${data.suspectRef} has not been charged`);
  if (accused.trialStartedAt !== null) {
    refuse('TRIAL_ALREADY_STARTED', `the trial of ${data.suspectRef} started at ${accused.trialStartedAt}`);
  }
  const dependsOn = latestOf(accused.chargedAt, accused.firstAppearedAt);
  notBefore(data.occurredAt, dependsOn, `the charges against, and first appearance of, ${data.suspectRef}`);
}

function earliestOf(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return isBefore(b, a) ? b : a;
}

/** A hearing is adjourned once there is one: the accused appeared, or their trial started. */
export function admitHearingAdjourned(state: ExistingCase, data: HearingAdjournedData): void {
  const accused = requireAccused(state, data.suspectRef);
  const chargedAt = requireCharged(accused);
  const heldOn = lesothoDateOf(data.occurredAt);
  if (data.adjournedTo !== null && data.adjournedTo < heldOn) {
    refuse('ADJOURNMENT_BEFORE_HEARING', `adjourned to ${data.adjournedTo}, before the hearing on ${heldOn}`);
  }
  notBefore(data.occurredAt, chargedAt, `the charges against ${data.suspectRef}`);
  const firstHeard = earliestOf(accused.firstAppearedAt, accused.trialStartedAt);
  if (firstHeard === null) {
    refuse('ADJOURNMENT_NEEDS_HEARING', `${data.suspectRef} has neither appeared nor been tried`);
  }
  notBefore(data.occurredAt, firstHeard, `the first appearance or trial of ${data.suspectRef}`);
}

export function admitVerdictDelivered(state: ExistingCase, data: VerdictDeliveredData): void {
  const accused = requireAccused(state, data.suspectRef);
  if (accused.verdict !== null) {
    refuse('VERDICT_ALREADY_DELIVERED', `${data.suspectRef} was already ${accused.verdict.outcome}`);
  }
  refuseIfDecided(accused);
  if (accused.trialStartedAt === null && !data.guiltyPlea) {
    refuse('VERDICT_NEEDS_TRIAL', `the trial of ${data.suspectRef} has not started and there is no guilty plea`);
  }
  const chargedAt = requireCharged(accused);
  if (data.guiltyPlea && data.outcome === 'acquitted') {
    refuse('INVALID_VERDICT', 'an acquittal cannot follow a guilty plea');
  }
  notBefore(data.occurredAt, accused.trialStartedAt ?? chargedAt, `the trial (or charges) of ${data.suspectRef}`);
}

function requireConviction(accused: AccusedState): VerdictState {
  const verdict = accused.verdict;
  if (verdict === null || verdict.outcome !== 'convicted') {
    return refuse('SENTENCE_NEEDS_CONVICTION', `${accused.suspectRef} has not been convicted`);
  }
  if (accused.sentence !== null) {
    refuse('SENTENCE_ALREADY_IMPOSED', `${accused.suspectRef} was sentenced at ${accused.sentence.occurredAt}`);
  }
  return verdict;
}

export function admitReferredToHighCourtForSentence(
  state: ExistingCase,
  data: ReferredToHighCourtForSentenceData,
): void {
  const accused = requireAccused(state, data.suspectRef);
  const verdict = requireConviction(accused);
  if (state.docket.forum === 'high_court') {
    refuse('REFERRAL_NEEDS_MAGISTRATE_COURT', `the DPP brought the case before the High Court, not a magistrate court`);
  }
  if (accused.referredForSentenceAt !== null) {
    const when = accused.referredForSentenceAt;
    refuse('SENTENCE_ALREADY_REFERRED', `${data.suspectRef} was referred for sentence at ${when}`);
  }
  notBefore(data.occurredAt, verdict.occurredAt, `the conviction of ${data.suspectRef}`);
}

function sentenceFault(data: SentenceImposedData): string | null {
  const { imprisonmentMonths: prison, suspendedMonths: suspended, fine } = data;
  if (!Number.isInteger(prison) || prison < 0) return 'imprisonmentMonths must be a whole number, not negative';
  if (!Number.isInteger(suspended) || suspended < 0) return 'suspendedMonths must be a whole number, not negative';
  if (suspended > prison) return 'suspendedMonths exceed imprisonmentMonths';
  if (fine !== null && fine <= 0) return 'a fine must be positive';
  if (data.fineInLieuOfPrison && fine === null) return 'a fine in lieu of prison needs a fine';
  if (prison === 0 && fine === null) return 'a sentence imposes prison or a fine';
  return null;
}

export function admitSentenceImposed(state: ExistingCase, data: SentenceImposedData): void {
  const accused = requireAccused(state, data.suspectRef);
  const verdict = requireConviction(accused);
  const fault = sentenceFault(data);
  if (fault !== null) refuse('INVALID_SENTENCE', fault);
  const dependsOn = latestOf(verdict.occurredAt, accused.referredForSentenceAt);
  notBefore(data.occurredAt, dependsOn, `the conviction (or referral for sentence) of ${data.suspectRef}`);
}

export function admitAppealFiled(state: ExistingCase, data: AppealFiledData): void {
  if (entryOf(state.appeals, data.appealRef) !== undefined) {
    refuse('APPEAL_ALREADY_FILED', `appeal ${data.appealRef} was already filed`);
  }
  const accused = requireAccused(state, data.suspectRef);
  const verdict = accused.verdict ?? refuse('APPEAL_NEEDS_VERDICT', `${data.suspectRef} has no verdict`);
  const pending = Object.values(state.appeals).find(
    (a) => a.suspectRef === data.suspectRef && a.appellant === data.appellant && a.status === 'pending',
  );
  if (pending !== undefined) {
    refuse('APPEAL_ALREADY_PENDING', `the ${data.appellant}'s appeal ${pending.appealRef} is pending`);
  }
  notBefore(data.occurredAt, verdict.occurredAt, `the verdict on ${data.suspectRef}`);
}

export function admitAppealDecided(state: ExistingCase, data: AppealDecidedData): void {
  const appeal =
    entryOf(state.appeals, data.appealRef) ?? refuse('APPEAL_NOT_FOUND', `no appeal ${data.appealRef} in this case`);
  if (appeal.status === 'decided') {
    refuse('APPEAL_ALREADY_DECIDED', `appeal ${data.appealRef} was decided at ${appeal.decidedAt ?? ''}`);
  }
  notBefore(data.occurredAt, appeal.filedAt, `the filing of appeal ${data.appealRef}`);
}

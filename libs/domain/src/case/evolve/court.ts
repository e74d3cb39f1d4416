import type {
  AccusedAppearedData, AppealDecidedData, AppealFiledData, ReferredToHighCourtForSentenceData, SentenceImposedData,
  TrialStartedData, VerdictDeliveredData,
} from '../events';
import { entryOf, type ExistingCase } from '../state';
import { advance, updateAccused, withEntry } from './records';

export function accusedAppeared(state: ExistingCase, data: AccusedAppearedData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'appeared'),
    firstAppearedAt: a.firstAppearedAt ?? data.occurredAt,
  }));
}

export function trialStarted(state: ExistingCase, data: TrialStartedData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'on_trial'),
    trialStartedAt: data.occurredAt,
  }));
}

export function verdictDelivered(state: ExistingCase, data: VerdictDeliveredData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, data.outcome),
    verdict: {
      outcome: data.outcome,
      statute: data.statute,
      guiltyPlea: data.guiltyPlea,
      occurredAt: data.occurredAt,
    },
  }));
}

export function referredToHighCourtForSentence(
  state: ExistingCase,
  data: ReferredToHighCourtForSentenceData,
): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({ ...a, referredForSentenceAt: data.occurredAt }));
}

export function sentenceImposed(state: ExistingCase, data: SentenceImposedData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'sentenced'),
    sentence: {
      imprisonmentMonths: data.imprisonmentMonths,
      suspendedMonths: data.suspendedMonths,
      fine: data.fine,
      fineInLieuOfPrison: data.fineInLieuOfPrison,
      occurredAt: data.occurredAt,
    },
  }));
}

export function appealFiled(state: ExistingCase, data: AppealFiledData): ExistingCase {
  const appeals = withEntry(state.appeals, data.appealRef, {
    appealRef: data.appealRef,
    suspectRef: data.suspectRef,
    appellant: data.appellant,
    filedAt: data.occurredAt,
    status: 'pending' as const,
    outcome: null,
    decidedAt: null,
  });
  return updateAccused({ ...state, appeals }, data.suspectRef, (a) => ({ ...a, status: 'appeal_pending' }));
}

/** The accused stays `appeal_pending` while another of their appeals is undecided. */
export function appealDecided(state: ExistingCase, data: AppealDecidedData): ExistingCase {
  const appeal = entryOf(state.appeals, data.appealRef);
  if (appeal === undefined) return state;
  const appeals = withEntry(state.appeals, data.appealRef, {
    ...appeal,
    status: 'decided' as const,
    outcome: data.outcome,
    decidedAt: data.occurredAt,
  });
  const stillPending = Object.values(appeals).some(
    (other) => other.suspectRef === appeal.suspectRef && other.status === 'pending',
  );
  return updateAccused({ ...state, appeals }, appeal.suspectRef, (a) => ({
    ...a,
    status: stillPending ? 'appeal_pending' : 'appeal_decided',
  }));
}

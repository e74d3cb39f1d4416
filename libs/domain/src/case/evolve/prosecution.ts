import { assertNever } from '../../exhaustive';
import type {
  CaseClosedData, ChargesFiledData, ChargesWithdrawnData, DppDecisionRecordedData, SummonsIssuedData,
  SummonsServedData, SummonsServiceFailedData,
} from '../events';
import { entryOf, type ExistingCase, type InvestigationState, type SummonsRecord } from '../state';
import { advance, updateAccused, withEntry } from './records';

function afterDecision(state: ExistingCase, data: DppDecisionRecordedData): ExistingCase {
  const investigation = state.investigation;
  switch (data.decision) {
    case 'prosecute':
      return { ...state, stage: 'in_prosecution' };
    case 'decline': {
      const status = investigation.status === 'open' ? 'declined' : investigation.status;
      return { ...state, stage: 'declined', investigation: { ...investigation, status } };
    }
    case 'further_investigation': {
      const reopened: InvestigationState =
        investigation.status === 'open'
          ? investigation
          : { ...investigation, status: 'open', openedAt: data.occurredAt };
      return { ...state, stage: 'under_investigation', investigation: reopened };
    }
    default:
      return assertNever(data.decision);
  }
}

export function dppDecisionRecorded(state: ExistingCase, data: DppDecisionRecordedData): ExistingCase {
  const docket = { ...state.docket, decision: data.decision, decidedAt: data.occurredAt, forum: data.forum };
  return afterDecision({ ...state, docket }, data);
}

/** The first charges in a case end its investigation. */
export function chargesFiled(state: ExistingCase, data: ChargesFiledData): ExistingCase {
  const firstInCase = Object.values(state.accused).every((a) => a.chargedAt === null);
  const investigation =
    firstInCase && state.investigation.status === 'open'
      ? { ...state.investigation, status: 'charged' as const }
      : state.investigation;
  return updateAccused({ ...state, investigation }, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'charged'),
    chargedAt: a.chargedAt ?? data.occurredAt,
    charges: [...a.charges, { statute: data.statute, counts: data.counts, occurredAt: data.occurredAt }],
  }));
}

export function summonsIssued(state: ExistingCase, data: SummonsIssuedData): ExistingCase {
  const summons: SummonsRecord = {
    summonsRef: data.summonsRef,
    suspectRef: data.suspectRef,
    court: data.court,
    issuedAt: data.occurredAt,
    returnDate: data.returnDate,
    status: 'issued',
    attempts: 0,
    lastAttemptAt: null,
    servedAt: null,
  };
  const withSummons = { ...state, summonses: withEntry(state.summonses, data.summonsRef, summons) };
  return updateAccused(withSummons, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'summoned'),
    firstSummonedAt: a.firstSummonedAt ?? data.occurredAt,
  }));
}

function attempt(state: ExistingCase, data: SummonsServedData, served: boolean): ExistingCase {
  const summons = entryOf(state.summonses, data.summonsRef);
  if (summons === undefined) return state;
  const next: SummonsRecord = {
    ...summons,
    status: served ? 'served' : 'failed',
    attempts: summons.attempts + 1,
    lastAttemptAt: data.occurredAt,
    servedAt: served ? data.occurredAt : summons.servedAt,
  };
  return { ...state, summonses: withEntry(state.summonses, data.summonsRef, next) };
}

export function summonsServed(state: ExistingCase, data: SummonsServedData): ExistingCase {
  return attempt(state, data, true);
}

export function summonsServiceFailed(state: ExistingCase, data: SummonsServiceFailedData): ExistingCase {
  return attempt(state, data, false);
}

export function chargesWithdrawn(state: ExistingCase, data: ChargesWithdrawnData): ExistingCase {
  return updateAccused(state, data.suspectRef, (a) => ({
    ...a,
    status: advance(a.status, 'charges_withdrawn'),
    withdrawnAt: data.occurredAt,
  }));
}

export function caseClosed(state: ExistingCase, data: CaseClosedData): ExistingCase {
  return { ...state, stage: 'closed', closedAt: data.occurredAt, closureReason: data.reason };
}

import { latestOf, lesothoDateOf } from '../../time';
import type {
  ChargesFiledData, ChargesWithdrawnData, DppDecisionRecordedData, SummonsIssuedData, SummonsServedData,
} from '../events';
import { refuse } from '../refusals';
import { entryOf, type ExistingCase } from '../state';
import { notBefore, refuseIfDecided, requireAccused } from './support';

export function admitDppDecisionRecorded(state: ExistingCase, data: DppDecisionRecordedData): void {
  const docket = state.docket;
  if (docket.submittedAt === null || docket.decision !== null) {
    refuse('DOCKET_NOT_WITH_DPP', 'no docket is awaiting a DPP decision');
  }
  if (docket.missingSince !== null) refuse('DOCKET_MISSING', `the docket is missing since ${docket.missingSince}`);
  if (data.forum !== null && data.decision !== 'prosecute') {
    refuse('FORUM_NEEDS_PROSECUTION', `a decision to ${data.decision} names no court (forum ${data.forum})`);
  }
  notBefore(data.occurredAt, docket.submittedAt, 'the submission of the docket');
}

export function admitChargesFiled(state: ExistingCase, data: ChargesFiledData): void {
  const accused = requireAccused(state, data.suspectRef);
  refuseIfDecided(accused);
  if (state.docket.decision !== 'prosecute') {
    refuse('CHARGES_NEED_DPP_DECISION', 'the DPP has not decided to prosecute');
  }
  if (!Number.isInteger(data.counts) || data.counts < 1) {
    refuse('INVALID_COUNTS', `counts must be a whole number of at least 1, not ${data.counts}`);
  }
  const dependsOn = latestOf(state.docket.decidedAt, accused.identifiedAt);
  notBefore(data.occurredAt, dependsOn, `the DPP decision and the identification of ${data.suspectRef}`);
}

export function admitSummonsIssued(state: ExistingCase, data: SummonsIssuedData): void {
  if (entryOf(state.summonses, data.summonsRef) !== undefined) {
    refuse('SUMMONS_ALREADY_ISSUED', `summons ${data.summonsRef} was already issued`);
  }
  const accused = requireAccused(state, data.suspectRef);
  refuseIfDecided(accused);
  if (accused.chargedAt === null) refuse('SUMMONS_NEEDS_CHARGES', `${data.suspectRef} has not been charged`);
  const issuedOn = lesothoDateOf(data.occurredAt);
  if (data.returnDate < issuedOn) {
    refuse('RETURN_DATE_BEFORE_ISSUE', `return date ${data.returnDate} is before the issue date ${issuedOn}`);
  }
  notBefore(data.occurredAt, accused.chargedAt, `the charges against ${data.suspectRef}`);
}

/** Service, successful or not, needs an issued summons not yet served, and follows earlier attempts. */
export function admitServiceAttempt(state: ExistingCase, data: SummonsServedData): void {
  const summons =
    entryOf(state.summonses, data.summonsRef) ??
    refuse('SUMMONS_NOT_FOUND', `no summons ${data.summonsRef} in this case`);
  if (summons.status === 'served') {
    refuse('SUMMONS_ALREADY_SERVED', `summons ${data.summonsRef} was served at ${summons.servedAt ?? ''}`);
  }
  const dependsOn = latestOf(summons.issuedAt, summons.lastAttemptAt);
  notBefore(data.occurredAt, dependsOn, `the issue of, or last attempt to serve, ${data.summonsRef}`);
}

export function admitChargesWithdrawn(state: ExistingCase, data: ChargesWithdrawnData): void {
  const accused = requireAccused(state, data.suspectRef);
  if (accused.chargedAt === null) refuse('CHARGES_NOT_FILED', `${data.suspectRef} has not been charged`);
  refuseIfDecided(accused);
  const lastCharged = latestOf(...accused.charges.map((c) => c.occurredAt));
  notBefore(data.occurredAt, lastCharged, `the charges against ${data.suspectRef}`);
}

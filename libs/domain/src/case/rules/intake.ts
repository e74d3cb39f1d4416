import { isBefore } from '../../time';
import type { VictimCooperationRecordedData, VictimIdentifiedData, VictimRepatriatedData } from '../events';
import { refuse } from '../refusals';
import { entryOf, type ExistingCase, type VictimState } from '../state';
import { notBefore, requireSubjectForPersonal, requireVictim } from './support';

export function admitVictimIdentified(state: ExistingCase, data: VictimIdentifiedData): void {
  if (entryOf(state.victims, data.victimRef) !== undefined) {
    refuse('VICTIM_ALREADY_IDENTIFIED', `victim ${data.victimRef} was already identified`);
  }
  requireSubjectForPersonal(data);
}

/** Referral, service, repatriation, cooperation: each needs an identified victim, and follows it. */
export function admitVictimAct(state: ExistingCase, data: { victimRef: string; occurredAt: string }): VictimState {
  const victim = requireVictim(state, data.victimRef);
  notBefore(data.occurredAt, victim.identifiedAt, `the identification of victim ${data.victimRef}`);
  return victim;
}

export function admitVictimRepatriated(state: ExistingCase, data: VictimRepatriatedData): void {
  const victim = admitVictimAct(state, data);
  if (victim.repatriatedAt !== null) {
    refuse('VICTIM_ALREADY_REPATRIATED', `victim ${data.victimRef} was repatriated at ${victim.repatriatedAt}`);
  }
}

/** Testimony is given at a trial: some accused of the case must be on trial by then. */
export function admitVictimCooperationRecorded(state: ExistingCase, data: VictimCooperationRecordedData): void {
  admitVictimAct(state, data);
  if (data.cooperation !== 'testified') return;
  const trials = Object.values(state.accused).flatMap((a) => (a.trialStartedAt === null ? [] : [a.trialStartedAt]));
  if (trials.length === 0) refuse('TESTIMONY_NEEDS_TRIAL', 'no trial has started in this case');
  const firstTrial = trials.reduce((first, t) => (isBefore(t, first) ? t : first));
  notBefore(data.occurredAt, firstTrial, 'the first trial in the case');
}

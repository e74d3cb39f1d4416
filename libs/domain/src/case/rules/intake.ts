import type { VictimIdentifiedData } from '../events';
import { refuse } from '../refusals';
import { entryOf, type ExistingCase } from '../state';
import { notBefore, requireSubjectForPersonal, requireVictim } from './support';

export function admitVictimIdentified(state: ExistingCase, data: VictimIdentifiedData): void {
  if (entryOf(state.victims, data.victimRef) !== undefined) {
    refuse('VICTIM_ALREADY_IDENTIFIED', `victim ${data.victimRef} was already identified`);
  }
  requireSubjectForPersonal(data);
}

/** Referral, service, repatriation, cooperation: each needs an identified victim, and follows it. */
export function admitVictimAct(state: ExistingCase, data: { victimRef: string; occurredAt: string }): void {
  const victim = requireVictim(state, data.victimRef);
  notBefore(data.occurredAt, victim.identifiedAt, `the identification of victim ${data.victimRef}`);
}

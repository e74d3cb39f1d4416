import { isBefore } from '../../time';
import { refuse } from '../refusals';
import { entryOf, type AccusedState, type ExistingCase, type VictimState } from '../state';

/** Refuses an `occurredAt` earlier than the moment the action depends on (null: no such moment). */
export function notBefore(occurredAt: string, dependency: string | null, what: string): void {
  if (dependency !== null && isBefore(occurredAt, dependency)) {
    refuse('OCCURRED_BEFORE_DEPENDENCY', `occurredAt ${occurredAt} is before ${what} (${dependency})`);
  }
}

export function requireVictim(state: ExistingCase, victimRef: string): VictimState {
  return entryOf(state.victims, victimRef) ?? refuse('VICTIM_NOT_FOUND', `no victim ${victimRef} in this case`);
}

export function requireAccused(state: ExistingCase, suspectRef: string): AccusedState {
  return entryOf(state.accused, suspectRef) ?? refuse('SUSPECT_NOT_FOUND', `no suspect ${suspectRef} in this case`);
}

export function refuseIfDecided(accused: AccusedState): void {
  if (accused.verdict !== null) {
    refuse('ACCUSED_ALREADY_DECIDED', `${accused.suspectRef} already has a verdict (${accused.verdict.outcome})`);
  }
  if (accused.withdrawnAt !== null) {
    refuse('ACCUSED_ALREADY_DECIDED', `the charges against ${accused.suspectRef} were withdrawn`);
  }
}

/** Personal data must come with the handle that lets it be erased. */
export function requireSubjectForPersonal(data: { personal: unknown; subjectRef: string | null }): void {
  if (data.personal !== null && data.subjectRef === null) {
    refuse('PERSONAL_DATA_NEEDS_SUBJECT', 'personal data was given without a subjectRef');
  }
}

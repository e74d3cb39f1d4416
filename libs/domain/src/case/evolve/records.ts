import type { AccusedStatus } from '@casetrail/contract';
import { entryOf, type AccusedState, type ExistingCase, type VictimState } from '../state';

/** The record with `key` set to `value`. */
export function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  return { ...record, [key]: value };
}

/** The case with one accused changed; an unknown suspectRef leaves the case as it was. */
export function updateAccused(
  state: ExistingCase,
  suspectRef: string,
  change: (accused: AccusedState) => AccusedState,
): ExistingCase {
  const accused = entryOf(state.accused, suspectRef);
  return accused === undefined
    ? state
    : { ...state, accused: withEntry(state.accused, suspectRef, change(accused)) };
}

/** The case with one victim changed; an unknown victimRef leaves the case as it was. */
export function updateVictim(
  state: ExistingCase,
  victimRef: string,
  change: (victim: VictimState) => VictimState,
): ExistingCase {
  const victim = entryOf(state.victims, victimRef);
  return victim === undefined
    ? state
    : { ...state, victims: withEntry(state.victims, victimRef, change(victim)) };
}

const TRACK_RANK: Readonly<Record<AccusedStatus, number>> = {
  identified: 0,
  arrested: 1,
  on_bail: 2,
  charged: 3,
  summoned: 4,
  appeared: 5,
  on_trial: 6,
  convicted: 7,
  acquitted: 7,
  charges_withdrawn: 7,
  sentenced: 8,
  appeal_pending: 9,
  appeal_decided: 9,
};

/** The accused's status moved on to `next`, never back (a late arrest does not undo a charge). */
export function advance(current: AccusedStatus, next: AccusedStatus): AccusedStatus {
  return TRACK_RANK[next] > TRACK_RANK[current] ? next : current;
}

import { randomUUID } from 'node:crypto';
import {
  decide, encodeCaseEvent, evolve, initialState, lesothoTimestampOf,
  type CaseCommand, type CaseState, type StoredCaseEvent,
} from '@casetrail/domain';
import type { NewEvent } from '@casetrail/event-store';

const HOUR_MS = 3_600_000;
const lesotho = lesothoTimestampOf;

/**
 * The commands of one long case (a referral, then victims identified and referred to services, an hour
 * apart), each decided by the domain against the case as it stands: answers each command's events, to
 * be appended one command per transaction, `events` events in all.
 */
export function longCase(caseId: string, events: number): NewEvent[][] {
  const start = Date.parse('2021-01-04T07:00:00Z');
  let state: CaseState = initialState();
  const appends: NewEvent[][] = [];
  let total = 0;
  for (let step = 0; total < events; step++) {
    const occurredAt = lesotho(start + step * HOUR_MS);
    const victimRef = `v${Math.ceil(step / 2)}`;
    const command =
      step === 0
        ? { type: 'ReferCase', data: { caseId, occurredAt, source: 'police', district: 'maseru', form: 'labour', summary: null } }
        : step % 2 === 1
          ? {
              type: 'IdentifyVictim',
              data: { victimRef, occurredAt, sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'ngo' },
            }
          : {
              type: 'ReferVictimToServices',
              data: { victimRef, occurredAt, service: 'shelter', provider: 'Ministry of Social Development', governmentFunded: true },
            };
    const decided = decide({ ...command, metadata: { now: '2024-01-01T00:00:00Z' } } as CaseCommand, state);
    const append = decided.map((event): NewEvent => ({
      eventId: randomUUID(),
      ...encodeCaseEvent(event),
      actor: { userId: 'bench-investigator', role: 'investigator' },
      correlationId: randomUUID(),
      causationId: null,
    }));
    for (const [i, event] of decided.entries()) {
      state = evolve(state, { eventId: append[i]!.eventId, event } as StoredCaseEvent);
    }
    appends.push(append);
    total += append.length;
  }
  return appends;
}

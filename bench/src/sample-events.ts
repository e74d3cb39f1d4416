import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@casetrail/event-store';

/** A victim identified in a case: the size and shape of a typical stored event (about 250 bytes of data). */
export function victimIdentified(n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'VictimIdentified',
    schemaVersion: 1,
    occurredAt: '2021-11-08T09:30:00+02:00',
    data: {
      victimRef: `v${n}`,
      occurredAt: '2021-11-08T09:30:00+02:00',
      sex: 'female',
      ageGroup: 'adult',
      nationality: 'LS',
      form: 'labour',
      identifiedBy: 'ngo',
      subjectRef: null,
      personal: null,
    },
    actor: { userId: '7c0b1d2e-4f7a-4c1e-9a55-3f1e2d4c5b6a', role: 'investigator' },
    correlationId: randomUUID(),
    causationId: null,
  };
}

/** `count` distinct stream ids (case ids). */
export const streamIds = (count: number): string[] => Array.from({ length: count }, () => randomUUID());

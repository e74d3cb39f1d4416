import type { RecordedEvent } from '@casetrail/event-store';
import { recorded } from './case-events';

/** The salt of the worked examples in docs/verification.md: bytes 0x00, 0x01, ..., 0x1f. */
export const EXAMPLE_SALT = Uint8Array.from({ length: 32 }, (_, i) => i);

/** docs/verification.md, example 1: charges filed, a case event whose leaf shows its public part. */
export const EXAMPLE_CHARGES: RecordedEvent = recorded(
  { type: 'ChargesFiled', data: { suspectRef: 'suspect-1', occurredAt: '2021-11-12T10:00:00+02:00', statute: 'anti_trafficking_act', counts: 2 } },
  {
    eventId: '0b7e8a4c-2f1d-4c3a-9e55-6d2f0a1b3c4d',
    streamId: 'b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64',
    version: 7,
    recordedAt: '2021-11-12T08:05:41.250Z',
    actor: { userId: '5a0c9d2e-7b61-4f3a-8e19-2c4d6f8a0b1c', role: 'prosecutor' },
  },
);

/** docs/verification.md, example 2: a victim identified, whose leaf shows only that it exists. */
export const EXAMPLE_VICTIM: RecordedEvent = recorded(
  {
    type: 'VictimIdentified',
    data: {
      victimRef: 'victim-1', occurredAt: '2021-11-02T10:00:00+02:00', sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour',
      identifiedBy: 'government', subjectRef: 'subj_3f9a', personal: { fullName: 'sealed:AAEC' },
    },
  },
  { eventId: '9d3c2b1a-0f4e-4d5c-8b7a-6e5f4d3c2b1a', streamId: 'b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64', version: 2, recordedAt: '2021-11-02T08:01:00.000Z' },
);

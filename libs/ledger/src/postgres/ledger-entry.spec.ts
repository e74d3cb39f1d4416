import { decodeGlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { ledgerEntry } from './ledger-entry';

const event: RecordedEvent = {
  eventId: '6f1c1c7e-3d55-4a8e-9d43-0a6f4f2a9b10',
  streamKind: 'case',
  streamId: 'b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64',
  version: 3,
  position: 42n,
  globalPosition: decodeGlobalPosition('900:42'),
  type: 'VictimIdentified',
  schemaVersion: 1,
  occurredAt: '2021-11-08T09:30:00+02:00',
  recordedAt: '2021-11-08T07:31:02.123Z',
  data: { victimRef: 'v-1', personal: { fullName: 'sealed:AAEC' }, ageGroup: 'adult', occurredAt: '2021-11-08T09:30:00+02:00' },
  actor: { userId: 'u-7', role: 'investigator' },
  correlationId: 'c-1',
  causationId: null,
};

describe('ledgerEntry', () => {
  it('given a stored event, then the entry is RFC 8785 canonical JSON of its identity, place, meaning, times, actor and data', () => {
    expect(Buffer.from(ledgerEntry(event)).toString('utf8')).toBe(
      '{"actor":{"role":"investigator","userId":"u-7"},' +
        '"data":{"ageGroup":"adult","occurredAt":"2021-11-08T09:30:00+02:00","personal":{"fullName":"sealed:AAEC"},"victimRef":"v-1"},' +
        '"eventId":"6f1c1c7e-3d55-4a8e-9d43-0a6f4f2a9b10","occurredAt":"2021-11-08T09:30:00+02:00",' +
        '"recordedAt":"2021-11-08T07:31:02.123Z","schemaVersion":1,"streamId":"b1d5e0f2-8c1a-4f0e-9a57-3c1f8e2d7a64",' +
        '"type":"VictimIdentified","version":3}',
    );
  });

  it('given the same event read back with a different position or correlation, then the entry is the same', () => {
    const again = { ...event, position: 7n, globalPosition: decodeGlobalPosition('1:7'), correlationId: 'other' };
    expect(ledgerEntry(again)).toEqual(ledgerEntry(event));
  });

  it('given one changed field in the data, then the entry differs', () => {
    const changed = { ...event, data: { ...event.data, ageGroup: 'child' } };
    expect(ledgerEntry(changed)).not.toEqual(ledgerEntry(event));
  });
});

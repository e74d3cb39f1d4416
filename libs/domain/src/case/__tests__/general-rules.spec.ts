import { given } from '../../testing/given';
import { CASE_ID, command, day, ev, investigating, referred, S1, V1 } from '../../testing/fixtures';

const referCase = (occurredAt = day(1), now?: string) =>
  command(
    'ReferCase',
    { caseId: CASE_ID, occurredAt, source: 'labour_inspection', district: 'maseru', form: 'labour' },
    now,
  );

describe('a case exists only once referred', () => {
  it('accepts a referral on an empty stream (absent summary recorded as null)', () => {
    const state = given([]).when(referCase()).then([ev.caseReferred()]);
    expect(state).toMatchObject({ status: 'existing', stage: 'referred', investigation: { status: 'not_opened' } });
  });

  it('refuses any other command on a case never referred (CASE_NOT_FOUND)', () => {
    given([]).when(command('OpenInvestigation', { occurredAt: day(3), unit: 'ATU' })).thenRefused('CASE_NOT_FOUND');
    given([]).when(command('ArrestSuspect', { suspectRef: S1, occurredAt: day(3) })).thenRefused('CASE_NOT_FOUND');
    given([])
      .when(command('CorrectEvent', { eventId: 'e1', reason: 'typo', changes: { form: 'sex' } }))
      .thenRefused('CASE_NOT_FOUND');
    given([]).when(command('ErasePersonalData', { subjectRef: 's', reason: 'request' })).thenRefused('CASE_NOT_FOUND');
  });

  it('refuses a second referral (CASE_ALREADY_EXISTS)', () => {
    given(referred).when(referCase(day(2))).thenRefused('CASE_ALREADY_EXISTS');
  });
});

describe('a closed case takes no more actions', () => {
  const closed = [...investigating, ev.caseClosed({ occurredAt: day(9) })];

  it('accepts closure from an open stage', () => {
    const state = given(investigating)
      .when(command('CloseCase', { occurredAt: day(9), reason: 'proceedings concluded' }))
      .then([ev.caseClosed({ occurredAt: day(9) })]);
    expect(state).toMatchObject({ stage: 'closed', closedAt: day(9), closureReason: 'proceedings concluded' });
  });

  it('refuses actions, a second closure included (CASE_CLOSED)', () => {
    given(closed).when(command('ArrestSuspect', { suspectRef: S1, occurredAt: day(10) })).thenRefused('CASE_CLOSED');
    given(closed).when(command('CloseCase', { occurredAt: day(10), reason: 'again' })).thenRefused('CASE_CLOSED');
    given(closed)
      .when(command('AttachEvidence', { evidenceRef: 'ev-1', occurredAt: day(10), sha256: 'a'.repeat(64), description: 'x' }))
      .thenRefused('CASE_CLOSED');
  });

  it('still accepts corrections and erasure', () => {
    given(closed)
      .when(command('CorrectEvent', { eventId: 'e1', reason: 'wrong district', changes: { district: 'berea' } }))
      .then([
        ev.correction('e1', 'CaseReferred', { district: 'berea' }, 'wrong district'),
      ]);
  });
});

describe('occurredAt is checked against the server time', () => {
  const now = '2021-11-01T12:00:00+02:00';

  it('accepts a time up to 5 minutes ahead of the server (clock skew)', () => {
    given([]).when(referCase('2021-11-01T12:05:00+02:00', now)).then([ev.caseReferred({ occurredAt: '2021-11-01T12:05:00+02:00' })]);
  });

  it('accepts the same instant written with another offset', () => {
    given([]).when(referCase('2021-11-01T10:05:00Z', now)).then([ev.caseReferred({ occurredAt: '2021-11-01T10:05:00Z' })]);
  });

  it('refuses a time more than 5 minutes ahead (OCCURRED_IN_FUTURE)', () => {
    given([]).when(referCase('2021-11-01T12:05:01+02:00', now)).thenRefused('OCCURRED_IN_FUTURE');
    given(referred)
      .when(command('OpenInvestigation', { occurredAt: '2021-11-02T00:00:00+02:00', unit: 'ATU' }, now))
      .thenRefused('OCCURRED_IN_FUTURE');
  });
});

describe('nothing happens before the referral', () => {
  it('accepts an action at the very moment of the referral', () => {
    given(referred)
      .when(command('OpenInvestigation', { occurredAt: day(1), unit: 'LMPS Anti-Trafficking Unit' }))
      .then([ev.investigationOpened({ occurredAt: day(1) })]);
  });

  it('refuses an action dated before the referral (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(referred)
      .when(command('OpenInvestigation', { occurredAt: '2021-11-01T09:59:59+02:00', unit: 'ATU' }))
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
    given(referred)
      .when(
        command('IdentifyVictim', {
          victimRef: V1,
          occurredAt: '2021-10-31T10:00:00+02:00',
          sex: 'female',
          ageGroup: 'child',
          nationality: 'LS',
          form: 'sex',
          identifiedBy: 'ngo',
        }),
      )
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('values are of their kind', () => {
  it('refuses a value outside its enumeration, a malformed time, a bad country or blank text (INVALID_VALUE)', () => {
    const bad = (data: Record<string, unknown>) =>
      command('ReferCase', {
        caseId: CASE_ID,
        occurredAt: day(1),
        source: 'police',
        district: 'maseru',
        form: 'labour',
        ...data,
      } as never);
    given([]).when(bad({ district: 'gauteng' })).thenRefused('INVALID_VALUE');
    given([]).when(bad({ form: 'organ_removal' })).thenRefused('INVALID_VALUE');
    given([]).when(bad({ occurredAt: '2021-11-01 10:00' })).thenRefused('INVALID_VALUE');
    given([]).when(bad({ occurredAt: '2021-11-01T10:00:00' })).thenRefused('INVALID_VALUE');
    given([]).when(bad({ occurredAt: '2021-02-30T10:00:00+02:00' })).thenRefused('INVALID_VALUE');
    given([]).when(bad({ summary: '   ' })).thenRefused('INVALID_VALUE');
    given([]).when(bad({ caseId: '' })).thenRefused('INVALID_VALUE');
    given(referred)
      .when(
        command('IdentifyVictim', {
          victimRef: V1,
          occurredAt: day(2),
          sex: 'female',
          ageGroup: 'adult',
          nationality: 'XX',
          form: 'labour',
          identifiedBy: 'government',
        }),
      )
      .thenRefused('INVALID_VALUE');
  });

  it('refuses a server time that is not a timestamp (INVALID_VALUE)', () => {
    given([]).when(referCase(day(1), 'yesterday')).thenRefused('INVALID_VALUE');
  });

  it('accepts a full record with a summary', () => {
    given([])
      .when(command('ReferCase', { caseId: CASE_ID, occurredAt: day(1), source: 'hotline', district: 'qachas-nek', form: 'sex_and_labour', summary: 'three women' }))
      .then([ev.caseReferred({ source: 'hotline', district: 'qachas-nek', form: 'sex_and_labour', summary: 'three women' })]);
  });
});

import { given } from '../../testing/given';
import { command, day, ev, referred, V1 } from '../../testing/fixtures';

const identifyVictim = (extra: Record<string, unknown> = {}) =>
  command('IdentifyVictim', {
    victimRef: V1,
    occurredAt: day(2),
    sex: 'female',
    ageGroup: 'adult',
    nationality: 'LS',
    form: 'labour',
    identifiedBy: 'government',
    ...extra,
  });

const identified = [...referred, ev.victimIdentified()];

describe('identifying a victim', () => {
  it('records the victim, absent personal data as null', () => {
    const state = given(referred).when(identifyVictim()).then([ev.victimIdentified()]);
    expect(state).toMatchObject({
      victims: { [V1]: { sex: 'female', ageGroup: 'adult', nationality: 'LS', identifiedBy: 'government', subjectRef: null } },
    });
  });

  it('keeps sealed personal data opaque, beside its subjectRef, and out of the state', () => {
    const personal = { fullName: 'v1:sealed', idNumber: 'v1:sealed2' };
    const state = given(referred)
      .when(identifyVictim({ personal, subjectRef: 'subject-v1' }))
      .then([ev.victimIdentified({ personal, subjectRef: 'subject-v1' })]);
    expect(JSON.stringify(state.status === 'existing' ? state.victims : {})).not.toContain('sealed');
  });

  it('refuses a victimRef already identified (VICTIM_ALREADY_IDENTIFIED)', () => {
    given(identified).when(identifyVictim({ occurredAt: day(3) })).thenRefused('VICTIM_ALREADY_IDENTIFIED');
  });

  it('refuses personal data without a subjectRef (PERSONAL_DATA_NEEDS_SUBJECT)', () => {
    given(referred).when(identifyVictim({ personal: { fullName: 'sealed' } })).thenRefused('PERSONAL_DATA_NEEDS_SUBJECT');
  });
});

describe('referring a victim to services', () => {
  const refer = (victimRef = V1, occurredAt = day(3)) =>
    command('ReferVictimToServices', {
      victimRef,
      occurredAt,
      service: 'shelter',
      provider: 'Beautiful Dream Society',
      governmentFunded: false,
    });

  it('records the referral against the identified victim', () => {
    const state = given(identified).when(refer()).then([ev.victimReferredToServices()]);
    expect(state).toMatchObject({ victims: { [V1]: { referrals: [{ service: 'shelter', occurredAt: day(3) }] } } });
  });

  it('refuses a victim never identified (VICTIM_NOT_FOUND)', () => {
    given(identified).when(refer('victim-9')).thenRefused('VICTIM_NOT_FOUND');
  });

  it('refuses a referral before the identification (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(identified).when(refer(V1, day(2, 9))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('protection, repatriation and cooperation', () => {
  it('records a service provided', () => {
    const state = given(identified)
      .when(command('RecordProtectionService', { victimRef: V1, occurredAt: day(4), service: 'medical', provider: 'Queen II Hospital', governmentFunded: true }))
      .then([
        {
          type: 'ProtectionServiceProvided',
          data: { victimRef: V1, occurredAt: day(4), service: 'medical', provider: 'Queen II Hospital', governmentFunded: true },
        },
      ]);
    expect(state).toMatchObject({ victims: { [V1]: { servicesProvided: [{ service: 'medical' }] } } });
  });

  it('records a repatriation', () => {
    const state = given(identified)
      .when(command('RecordVictimRepatriation', { victimRef: V1, occurredAt: day(5), destination: 'ZA', governmentFunded: true }))
      .then([{ type: 'VictimRepatriated', data: { victimRef: V1, occurredAt: day(5), destination: 'ZA', governmentFunded: true } }]);
    expect(state).toMatchObject({ victims: { [V1]: { repatriatedAt: day(5) } } });
  });

  it('records cooperation, absent note as null', () => {
    const state = given(identified)
      .when(command('RecordVictimCooperation', { victimRef: V1, occurredAt: day(5), cooperation: 'statement_given' }))
      .then([{ type: 'VictimCooperationRecorded', data: { victimRef: V1, occurredAt: day(5), cooperation: 'statement_given', note: null } }]);
    expect(state).toMatchObject({ victims: { [V1]: { cooperation: [{ cooperation: 'statement_given' }] } } });
  });

  it('refuses each for a victim never identified (VICTIM_NOT_FOUND)', () => {
    given(referred)
      .when(command('RecordProtectionService', { victimRef: V1, occurredAt: day(4), service: 'legal', provider: 'x', governmentFunded: true }))
      .thenRefused('VICTIM_NOT_FOUND');
    given(referred)
      .when(command('RecordVictimRepatriation', { victimRef: V1, occurredAt: day(5), destination: 'ZA', governmentFunded: true }))
      .thenRefused('VICTIM_NOT_FOUND');
    given(referred)
      .when(command('RecordVictimCooperation', { victimRef: V1, occurredAt: day(5), cooperation: 'testified' }))
      .thenRefused('VICTIM_NOT_FOUND');
  });

  it('refuses a repatriation before the identification (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(identified)
      .when(command('RecordVictimRepatriation', { victimRef: V1, occurredAt: day(1, 12), destination: 'ZA', governmentFunded: true }))
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

import { given } from '../../testing/given';
import { command, day, ev, investigating, prosecuting, referred, S1, withDpp } from '../../testing/fixtures';

describe('opening and closing the investigation', () => {
  const open = (occurredAt = day(3)) =>
    command('OpenInvestigation', { occurredAt, unit: 'LMPS Anti-Trafficking Unit', leadOfficer: 'Insp. Mokoena' });

  it('opens it and moves the case under investigation', () => {
    const state = given(referred).when(open()).then([ev.investigationOpened({ leadOfficer: 'Insp. Mokoena' })]);
    expect(state).toMatchObject({
      stage: 'under_investigation',
      investigation: { status: 'open', openedAt: day(3), leadOfficer: 'Insp. Mokoena' },
    });
  });

  it('refuses to open it twice (INVESTIGATION_ALREADY_OPEN)', () => {
    given(investigating).when(open(day(5))).thenRefused('INVESTIGATION_ALREADY_OPEN');
  });

  it('closes an open investigation', () => {
    const state = given(investigating)
      .when(command('CloseInvestigation', { occurredAt: day(9), reason: 'no evidence' }))
      .then([ev.investigationClosed()]);
    expect(state).toMatchObject({ stage: 'under_investigation', investigation: { status: 'closed', closedAt: day(9) } });
  });

  it('refuses to close one that is not open (INVESTIGATION_NOT_OPEN)', () => {
    given(referred)
      .when(command('CloseInvestigation', { occurredAt: day(9), reason: 'no evidence' }))
      .thenRefused('INVESTIGATION_NOT_OPEN');
  });

  it('refuses a closure before the opening (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(investigating)
      .when(command('CloseInvestigation', { occurredAt: day(2), reason: 'no evidence' }))
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('reopens a closed investigation, but not before its closure', () => {
    const closed = [...investigating, ev.investigationClosed()];
    given(closed).when(open(day(11))).then([ev.investigationOpened({ occurredAt: day(11), leadOfficer: 'Insp. Mokoena' })]);
    given(closed).when(open(day(8))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('suspects', () => {
  const identify = (extra: Record<string, unknown> = {}) =>
    command('IdentifySuspect', {
      suspectRef: S1,
      occurredAt: day(4),
      sex: 'male',
      nationality: 'CN',
      isGovernmentOfficial: false,
      ...extra,
    });
  const arrest = (suspectRef = S1, occurredAt = day(5)) => command('ArrestSuspect', { suspectRef, occurredAt });
  const arrested = [...investigating, ev.suspectArrested()];

  it('identifies a suspect', () => {
    const state = given(referred).when(identify()).then([ev.suspectIdentified()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'identified', isGovernmentOfficial: false } } });
  });

  it('refuses a suspectRef already identified (SUSPECT_ALREADY_IDENTIFIED)', () => {
    given(investigating).when(identify({ occurredAt: day(6) })).thenRefused('SUSPECT_ALREADY_IDENTIFIED');
  });

  it('refuses personal data without a subjectRef (PERSONAL_DATA_NEEDS_SUBJECT)', () => {
    given(referred).when(identify({ personal: { fullName: 'sealed' } })).thenRefused('PERSONAL_DATA_NEEDS_SUBJECT');
    given(referred)
      .when(identify({ personal: { fullName: 'sealed' }, subjectRef: 'subject-s1' }))
      .then([ev.suspectIdentified({ personal: { fullName: 'sealed' }, subjectRef: 'subject-s1' })]);
  });

  it('records alleged official complicity, flagging the suspect as an official', () => {
    const state = given(investigating)
      .when(command('AllegeOfficialComplicity', { suspectRef: S1, occurredAt: day(6), agency: 'LMPS' }))
      .then([{ type: 'OfficialComplicityAlleged', data: { suspectRef: S1, occurredAt: day(6), agency: 'LMPS', summary: null } }]);
    expect(state).toMatchObject({
      accused: { [S1]: { isGovernmentOfficial: true, officialAgency: 'LMPS', complicityAllegedAt: day(6) } },
    });
  });

  it('refuses complicity of an unknown suspect, or before the identification', () => {
    given(referred)
      .when(command('AllegeOfficialComplicity', { suspectRef: S1, occurredAt: day(6), agency: 'LMPS' }))
      .thenRefused('SUSPECT_NOT_FOUND');
    given(investigating)
      .when(command('AllegeOfficialComplicity', { suspectRef: S1, occurredAt: day(3), agency: 'LMPS' }))
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('arrests an identified suspect', () => {
    const state = given(investigating).when(arrest()).then([ev.suspectArrested()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'arrested', arrestedAt: day(5) } } });
  });

  it('refuses to arrest an unknown suspect (SUSPECT_NOT_FOUND)', () => {
    given(investigating).when(arrest('suspect-9')).thenRefused('SUSPECT_NOT_FOUND');
  });

  it('refuses to arrest twice (SUSPECT_ALREADY_ARRESTED)', () => {
    given(arrested).when(arrest(S1, day(7))).thenRefused('SUSPECT_ALREADY_ARRESTED');
  });

  it('refuses an arrest before the identification (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(investigating).when(arrest(S1, day(4, 9))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('grants bail to an arrested suspect', () => {
    const state = given(arrested)
      .when(command('GrantBail', { suspectRef: S1, occurredAt: day(6), amount: 2000 }))
      .then([ev.bailGranted()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'on_bail', bailGrantedAt: day(6) } } });
  });

  it('refuses bail without an arrest (SUSPECT_NOT_ARRESTED), or before it', () => {
    given(investigating).when(command('GrantBail', { suspectRef: S1, occurredAt: day(6) })).thenRefused('SUSPECT_NOT_ARRESTED');
    given(arrested).when(command('GrantBail', { suspectRef: S1, occurredAt: day(5, 8) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('refuses a negative bail amount (INVALID_VALUE)', () => {
    given(arrested).when(command('GrantBail', { suspectRef: S1, occurredAt: day(6), amount: -1 })).thenRefused('INVALID_VALUE');
  });
});

describe('the docket', () => {
  const submit = (occurredAt = day(8)) => command('SubmitDocket', { occurredAt });
  const missing = [...investigating, ev.docketReportedMissing()];

  it('goes to the DPP from an open investigation', () => {
    const state = given(investigating).when(submit()).then([ev.docketSubmitted()]);
    expect(state).toMatchObject({ stage: 'with_dpp', docket: { submittedAt: day(8), submissions: 1, decision: null } });
  });

  it('needs an open investigation (INVESTIGATION_NOT_OPEN)', () => {
    given(referred).when(submit()).thenRefused('INVESTIGATION_NOT_OPEN');
    given([...investigating, ev.investigationClosed({ occurredAt: day(7) })]).when(submit()).thenRefused('INVESTIGATION_NOT_OPEN');
  });

  it('is not submitted again while before the DPP (DOCKET_ALREADY_WITH_DPP)', () => {
    given(withDpp).when(submit(day(9))).thenRefused('DOCKET_ALREADY_WITH_DPP');
    given(prosecuting).when(submit(day(11))).thenRefused('DOCKET_ALREADY_WITH_DPP');
  });

  it('is not submitted before the investigation opened (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(investigating).when(submit(day(2))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('can be reported missing, once', () => {
    const state = given(investigating)
      .when(command('ReportDocketMissing', { occurredAt: day(7) }))
      .then([ev.docketReportedMissing()]);
    expect(state).toMatchObject({ docket: { missingSince: day(7), reportedMissing: 1 } });
    given(missing).when(command('ReportDocketMissing', { occurredAt: day(8) })).thenRefused('DOCKET_ALREADY_MISSING');
  });

  it('is not submitted while missing (DOCKET_MISSING)', () => {
    given(missing).when(submit()).thenRefused('DOCKET_MISSING');
  });

  it('can be reconstructed once missing, then submitted', () => {
    const state = given(missing)
      .when(command('ReconstructDocket', { occurredAt: day(8) }))
      .then([ev.docketReconstructed()]);
    expect(state).toMatchObject({ docket: { missingSince: null, reconstructedAt: day(8) } });
    given([...missing, ev.docketReconstructed()]).when(submit(day(9))).then([ev.docketSubmitted({ occurredAt: day(9) })]);
  });

  it('is not reconstructed unless missing (DOCKET_NOT_MISSING), nor before it went missing', () => {
    given(investigating).when(command('ReconstructDocket', { occurredAt: day(8) })).thenRefused('DOCKET_NOT_MISSING');
    given(missing).when(command('ReconstructDocket', { occurredAt: day(6) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

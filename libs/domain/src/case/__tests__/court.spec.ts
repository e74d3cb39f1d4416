import { given } from '../../testing/given';
import {
  A1,
  charged,
  command,
  convicted,
  date,
  day,
  ev,
  onTrial,
  prosecuting,
  S1,
  sentenced,
} from '../../testing/fixtures';

describe('appearance and adjournment', () => {
  const appear = (occurredAt = day(16)) => command('RecordAppearance', { suspectRef: S1, occurredAt });
  const adjourn = (adjournedTo: string | null, occurredAt = day(16)) =>
    command('AdjournHearing', { suspectRef: S1, occurredAt, reason: 'prosecutor absent', adjournedTo });

  it('records a charged accused appearing', () => {
    const state = given(charged).when(appear()).then([ev.accusedAppeared()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'appeared', firstAppearedAt: day(16) } } });
  });

  it('needs charges for an appearance (CHARGES_NOT_FILED), and follows them', () => {
    given(prosecuting).when(appear()).thenRefused('CHARGES_NOT_FILED');
    given(charged).when(appear(day(11))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('adjourns a hearing to a later date', () => {
    given([...charged, ev.accusedAppeared()])
      .when(adjourn(date(23)))
      .then([{ type: 'HearingAdjourned', data: { suspectRef: S1, occurredAt: day(16), reason: 'prosecutor absent', adjournedTo: date(23) } }]);
  });

  it('needs charges for an adjournment (CHARGES_NOT_FILED)', () => {
    given(prosecuting).when(adjourn(date(23))).thenRefused('CHARGES_NOT_FILED');
  });

  it('does not adjourn to a date before the hearing (ADJOURNMENT_BEFORE_HEARING)', () => {
    given(charged).when(adjourn(date(15))).thenRefused('ADJOURNMENT_BEFORE_HEARING');
  });
});

describe('the trial', () => {
  const start = (occurredAt = day(20)) => command('StartTrial', { suspectRef: S1, occurredAt });

  it('starts for a charged accused', () => {
    const state = given(charged).when(start()).then([ev.trialStarted()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'on_trial', trialStartedAt: day(20) } } });
  });

  it('needs charges (TRIAL_NEEDS_CHARGES)', () => {
    given(prosecuting).when(start()).thenRefused('TRIAL_NEEDS_CHARGES');
  });

  it('starts once (TRIAL_ALREADY_STARTED)', () => {
    given(onTrial).when(start(day(21))).thenRefused('TRIAL_ALREADY_STARTED');
  });

  it('does not start before the first appearance (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given([...charged, ev.accusedAppeared()]).when(start(day(15))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('does not start for an accused already decided (ACCUSED_ALREADY_DECIDED)', () => {
    given([...charged, ev.chargesWithdrawn()]).when(start(day(22))).thenRefused('ACCUSED_ALREADY_DECIDED');
  });
});

describe('the verdict', () => {
  const deliver = (extra: Partial<{ occurredAt: string; outcome: 'convicted' | 'acquitted'; guiltyPlea: boolean }> = {}) =>
    command('DeliverVerdict', { suspectRef: S1, occurredAt: day(25), outcome: 'convicted', statute: 'anti_trafficking_act', ...extra });

  it('follows a trial', () => {
    const state = given(onTrial).when(deliver()).then([ev.verdictDelivered()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'convicted', verdict: { outcome: 'convicted', guiltyPlea: false } } } });
    const acquitted = given(onTrial).when(deliver({ outcome: 'acquitted' })).then([ev.verdictDelivered({ outcome: 'acquitted' })]);
    expect(acquitted).toMatchObject({ accused: { [S1]: { status: 'acquitted' } } });
  });

  it('follows a guilty plea without a trial', () => {
    given(charged).when(deliver({ guiltyPlea: true })).then([ev.verdictDelivered({ guiltyPlea: true })]);
  });

  it('needs a trial or a guilty plea (VERDICT_NEEDS_TRIAL)', () => {
    given(charged).when(deliver()).thenRefused('VERDICT_NEEDS_TRIAL');
  });

  it('needs charges even on a guilty plea (CHARGES_NOT_FILED)', () => {
    given(prosecuting).when(deliver({ guiltyPlea: true })).thenRefused('CHARGES_NOT_FILED');
  });

  it('is delivered once (VERDICT_ALREADY_DELIVERED)', () => {
    given(convicted).when(deliver({ occurredAt: day(26) })).thenRefused('VERDICT_ALREADY_DELIVERED');
  });

  it('is not delivered after the charges were withdrawn (ACCUSED_ALREADY_DECIDED)', () => {
    given([...onTrial, ev.chargesWithdrawn()]).when(deliver()).thenRefused('ACCUSED_ALREADY_DECIDED');
  });

  it('does not acquit on a guilty plea (INVALID_VERDICT)', () => {
    given(charged).when(deliver({ guiltyPlea: true, outcome: 'acquitted' })).thenRefused('INVALID_VERDICT');
  });

  it('is not delivered before the trial started (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(onTrial).when(deliver({ occurredAt: day(19) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('sentence', () => {
  const impose = (extra: Partial<{ occurredAt: string; imprisonmentMonths: number; suspendedMonths: number; fine: number | null; fineInLieuOfPrison: boolean }> = {}) =>
    command('ImposeSentence', {
      suspectRef: S1,
      occurredAt: day(28),
      imprisonmentMonths: 120,
      suspendedMonths: 0,
      fineInLieuOfPrison: false,
      ...extra,
    });
  const referForSentence = (occurredAt = day(26)) => command('ReferForSentence', { suspectRef: S1, occurredAt });

  it('is imposed on a conviction', () => {
    const state = given(convicted).when(impose()).then([ev.sentenceImposed()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'sentenced', sentence: { imprisonmentMonths: 120, fine: null } } } });
  });

  it('may be a fine in lieu of prison', () => {
    given(convicted)
      .when(impose({ imprisonmentMonths: 24, fine: 5000, fineInLieuOfPrison: true }))
      .then([ev.sentenceImposed({ imprisonmentMonths: 24, fine: 5000, fineInLieuOfPrison: true })]);
  });

  it('needs a conviction (SENTENCE_NEEDS_CONVICTION)', () => {
    given(onTrial).when(impose()).thenRefused('SENTENCE_NEEDS_CONVICTION');
    given([...onTrial, ev.verdictDelivered({ outcome: 'acquitted' })]).when(impose()).thenRefused('SENTENCE_NEEDS_CONVICTION');
  });

  it('is imposed once (SENTENCE_ALREADY_IMPOSED)', () => {
    given(sentenced).when(impose({ occurredAt: day(29) })).thenRefused('SENTENCE_ALREADY_IMPOSED');
  });

  it('must be a sentence that can exist (INVALID_SENTENCE)', () => {
    given(convicted).when(impose({ suspendedMonths: 121 })).thenRefused('INVALID_SENTENCE');
    given(convicted).when(impose({ imprisonmentMonths: -1 })).thenRefused('INVALID_SENTENCE');
    given(convicted).when(impose({ suspendedMonths: -1 })).thenRefused('INVALID_SENTENCE');
    given(convicted).when(impose({ imprisonmentMonths: 1.5 })).thenRefused('INVALID_SENTENCE');
    given(convicted).when(impose({ fine: -100 })).thenRefused('INVALID_SENTENCE');
    given(convicted).when(impose({ fineInLieuOfPrison: true })).thenRefused('INVALID_SENTENCE');
    given(convicted).when(impose({ imprisonmentMonths: 0 })).thenRefused('INVALID_SENTENCE');
  });

  it('is not imposed before the conviction (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(convicted).when(impose({ occurredAt: day(24) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('may be referred to the High Court, once, after a conviction', () => {
    const state = given(convicted).when(referForSentence()).then([ev.referredForSentence()]);
    expect(state).toMatchObject({ accused: { [S1]: { referredForSentenceAt: day(26) } } });
    given([...convicted, ev.referredForSentence()]).when(referForSentence(day(27))).thenRefused('SENTENCE_ALREADY_REFERRED');
    given(onTrial).when(referForSentence()).thenRefused('SENTENCE_NEEDS_CONVICTION');
    given(sentenced).when(referForSentence(day(29))).thenRefused('SENTENCE_ALREADY_IMPOSED');
  });

  it('once referred, is not imposed before the referral (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given([...convicted, ev.referredForSentence({ occurredAt: day(27) })])
      .when(impose({ occurredAt: day(26) }))
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('appeals', () => {
  const file = (extra: Partial<{ appealRef: string; occurredAt: string; appellant: 'crown' | 'accused' }> = {}) =>
    command('FileAppeal', { appealRef: A1, suspectRef: S1, occurredAt: day(35), appellant: 'crown', ...extra });
  const decideAppeal = (occurredAt = day(40), appealRef = A1) =>
    command('DecideAppeal', { appealRef, occurredAt, outcome: 'abandoned' });
  const appealed = [...sentenced, ev.appealFiled()];

  it('is filed against a verdict', () => {
    const state = given(sentenced).when(file()).then([ev.appealFiled()]);
    expect(state).toMatchObject({
      accused: { [S1]: { status: 'appeal_pending' } },
      appeals: { [A1]: { appellant: 'crown', status: 'pending', filedAt: day(35) } },
    });
    given([...onTrial, ev.verdictDelivered({ outcome: 'acquitted' })]).when(file()).then([ev.appealFiled()]);
  });

  it('needs a verdict (APPEAL_NEEDS_VERDICT)', () => {
    given(onTrial).when(file()).thenRefused('APPEAL_NEEDS_VERDICT');
  });

  it('has an appealRef of its own (APPEAL_ALREADY_FILED)', () => {
    given(appealed).when(file({ appellant: 'accused' })).thenRefused('APPEAL_ALREADY_FILED');
  });

  it('is one pending appeal per appellant (APPEAL_ALREADY_PENDING); a cross-appeal is fine', () => {
    given(appealed).when(file({ appealRef: 'appeal-2' })).thenRefused('APPEAL_ALREADY_PENDING');
    given(appealed)
      .when(file({ appealRef: 'appeal-2', appellant: 'accused' }))
      .then([ev.appealFiled({ appealRef: 'appeal-2', appellant: 'accused' })]);
  });

  it('is not filed before the verdict (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(sentenced).when(file({ occurredAt: day(24) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('is decided once filed', () => {
    const state = given(appealed).when(decideAppeal()).then([ev.appealDecided()]);
    expect(state).toMatchObject({
      accused: { [S1]: { status: 'appeal_decided' } },
      appeals: { [A1]: { status: 'decided', outcome: 'abandoned', decidedAt: day(40) } },
    });
  });

  it('needs a filed appeal (APPEAL_NOT_FOUND)', () => {
    given(sentenced).when(decideAppeal()).thenRefused('APPEAL_NOT_FOUND');
  });

  it('is decided once (APPEAL_ALREADY_DECIDED)', () => {
    given([...appealed, ev.appealDecided()]).when(decideAppeal(day(41))).thenRefused('APPEAL_ALREADY_DECIDED');
  });

  it('is not decided before it was filed (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(appealed).when(decideAppeal(day(34))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('keeps the accused pending while a cross-appeal is undecided', () => {
    const cross = [...appealed, ev.appealFiled({ appealRef: 'appeal-2', appellant: 'accused' })];
    const state = given(cross).when(decideAppeal()).then([ev.appealDecided()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'appeal_pending' } } });
  });
});

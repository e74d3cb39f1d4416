/** The rules issue #15 adds: what the TIP reports' recurring failures need to be recorded truthfully. */
import { given } from '../../testing/given';
import { charged, command, convicted, date, day, ev, investigating, onTrial, referred, S1, V1, withDpp } from '../../testing/fixtures';

describe('an adjournment', () => {
  const adjourn = (occurredAt = day(17)) =>
    command('AdjournHearing', { suspectRef: S1, occurredAt, reason: 'prosecutor absent', adjournedTo: date(24) });

  it('given a charged accused who has not yet appeared nor been tried, is refused (ADJOURNMENT_NEEDS_HEARING)', () => {
    given(charged).when(adjourn()).thenRefused('ADJOURNMENT_NEEDS_HEARING');
  });

  it('given an appearance, adjourns the hearing', () => {
    given([...charged, ev.accusedAppeared()]).when(adjourn()).then([ev.hearingAdjourned({ adjournedTo: date(24) })]);
  });

  it('given a trial started without an appearance on record, adjourns the trial', () => {
    given(onTrial).when(adjourn(day(21))).then([ev.hearingAdjourned({ occurredAt: day(21), adjournedTo: date(24) })]);
  });

  it('given an appearance on day 16, is refused on day 15 (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given([...charged, ev.accusedAppeared()]).when(adjourn(day(15))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('given a trial on day 20 and an appearance recorded on day 22, follows the earlier of the two', () => {
    const history = [...onTrial, ev.accusedAppeared({ occurredAt: day(22) })];
    given(history).when(adjourn(day(21))).then([ev.hearingAdjourned({ occurredAt: day(21), adjournedTo: date(24) })]);
  });
});

describe('a referral to the High Court for sentence', () => {
  const refer = command('ReferForSentence', { suspectRef: S1, occurredAt: day(26) });
  const decidedFor = (forum: 'magistrate' | 'high_court' | null) =>
    convicted.map((e) => (e.type === 'DppDecisionRecorded' ? ev.dppDecided({ forum }) : e));

  it('given a conviction in a magistrate court, is recorded', () => {
    given(decidedFor('magistrate')).when(refer).then([ev.referredForSentence()]);
  });

  it('given a DPP decision that named no forum, is recorded: the magistrate court tries by default', () => {
    given(decidedFor(null)).when(refer).then([ev.referredForSentence()]);
  });

  it('given a case the DPP brought before the High Court, is refused (REFERRAL_NEEDS_MAGISTRATE_COURT)', () => {
    given(decidedFor('high_court')).when(refer).thenRefused('REFERRAL_NEEDS_MAGISTRATE_COURT');
  });

  it('given a referral, refuses a correction of the forum to the High Court (REFERRAL_NEEDS_MAGISTRATE_COURT)', () => {
    const history = [...decidedFor('magistrate'), ev.referredForSentence()];
    const decisionId = `e${history.findIndex((e) => e.type === 'DppDecisionRecorded') + 1}`;
    given(history)
      .when(command('CorrectEvent', { eventId: decisionId, reason: 'wrong court', changes: { forum: 'high_court' } }))
      .thenRefused('REFERRAL_NEEDS_MAGISTRATE_COURT');
  });
});

describe('a DPP decision', () => {
  it.each(['decline', 'further_investigation'] as const)('to %s, naming a forum, is refused (FORUM_NEEDS_PROSECUTION)', (decision) => {
    given(withDpp)
      .when(command('RecordDppDecision', { occurredAt: day(10), decision, forum: 'magistrate' }))
      .thenRefused('FORUM_NEEDS_PROSECUTION');
  });
});

describe('a victim', () => {
  const identified = [...referred, ev.victimIdentified()];
  const repatriate = (occurredAt = day(22)) =>
    command('RecordVictimRepatriation', { victimRef: V1, occurredAt, destination: 'ZA', governmentFunded: true });
  const testify = (occurredAt = day(21)) =>
    command('RecordVictimCooperation', { victimRef: V1, occurredAt, cooperation: 'testified' });

  it('given an identified victim, is repatriated once (VICTIM_ALREADY_REPATRIATED)', () => {
    given(identified).when(repatriate()).then([ev.victimRepatriated()]);
    given([...identified, ev.victimRepatriated()]).when(repatriate(day(23))).thenRefused('VICTIM_ALREADY_REPATRIATED');
  });

  it('given no victim of that ref, is not repatriated (VICTIM_NOT_FOUND)', () => {
    given(referred).when(repatriate()).thenRefused('VICTIM_NOT_FOUND');
  });

  it('given no trial in the case, does not testify (TESTIMONY_NEEDS_TRIAL), but may give a statement', () => {
    const charges = [...charged.slice(0, 1), ev.victimIdentified(), ...charged.slice(1)];
    given(charges).when(testify()).thenRefused('TESTIMONY_NEEDS_TRIAL');
    given(charges)
      .when(command('RecordVictimCooperation', { victimRef: V1, occurredAt: day(21), cooperation: 'statement_given' }))
      .then([ev.victimCooperation({ cooperation: 'statement_given' })]);
  });

  it('given a trial started on day 20, testifies on day 21 and not on day 19 (OCCURRED_BEFORE_DEPENDENCY)', () => {
    const trial = [...onTrial.slice(0, 1), ev.victimIdentified(), ...onTrial.slice(1)];
    given(trial).when(testify()).then([ev.victimCooperation()]);
    given(trial).when(testify(day(19))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('a missing docket', () => {
  it('given a case never investigated, is refused (DOCKET_NOT_OPENED)', () => {
    given(referred).when(command('ReportDocketMissing', { occurredAt: day(7) })).thenRefused('DOCKET_NOT_OPENED');
  });

  it('given an investigation opened, may go missing from the police before it reaches the DPP', () => {
    given(investigating).when(command('ReportDocketMissing', { occurredAt: day(7) })).then([ev.docketReportedMissing()]);
  });
});

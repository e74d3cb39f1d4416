import { given } from '../../testing/given';
import {
  charged, command, convicted, date, day, ev, investigating, prosecuting, S1, S2, SUM1, summoned, withDpp,
} from '../../testing/fixtures';

describe('the DPP decision', () => {
  const decide = (decision: 'prosecute' | 'decline' | 'further_investigation', occurredAt = day(10)) =>
    command('RecordDppDecision', { occurredAt, decision, forum: decision === 'prosecute' ? 'magistrate' : null });

  it('to prosecute puts the case in prosecution', () => {
    const state = given(withDpp).when(decide('prosecute')).then([ev.dppDecided()]);
    expect(state).toMatchObject({ stage: 'in_prosecution', investigation: { status: 'open' }, docket: { decision: 'prosecute' } });
  });

  it('to decline ends the investigation and declines the case', () => {
    const state = given(withDpp).when(decide('decline')).then([ev.dppDecided({ decision: 'decline', forum: null })]);
    expect(state).toMatchObject({ stage: 'declined', investigation: { status: 'declined' } });
  });

  it('needs a docket before the DPP (DOCKET_NOT_WITH_DPP)', () => {
    given(investigating).when(decide('prosecute')).thenRefused('DOCKET_NOT_WITH_DPP');
    given(prosecuting).when(decide('decline', day(11))).thenRefused('DOCKET_NOT_WITH_DPP');
  });

  it('is not taken on a missing docket (DOCKET_MISSING)', () => {
    given([...withDpp, ev.docketReportedMissing({ occurredAt: day(9) })]).when(decide('prosecute')).thenRefused('DOCKET_MISSING');
  });

  it('is not taken before the submission (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(withDpp).when(decide('prosecute', day(7))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('charges', () => {
  const file = (suspectRef = S1, occurredAt = day(12), counts = 2) =>
    command('FileCharges', { suspectRef, occurredAt, statute: 'anti_trafficking_act', counts });

  it('are filed after a decision to prosecute, ending the investigation', () => {
    const state = given(prosecuting).when(file()).then([ev.chargesFiled()]);
    expect(state).toMatchObject({
      investigation: { status: 'charged' },
      accused: { [S1]: { status: 'charged', chargedAt: day(12), charges: [{ counts: 2 }] } },
    });
  });

  it('against a second accused leave the first charges date as the end of the investigation', () => {
    const twoSuspects = [...prosecuting, ev.suspectIdentified({ suspectRef: S2 }), ev.chargesFiled()];
    const state = given(twoSuspects).when(file(S2, day(14))).then([ev.chargesFiled({ suspectRef: S2, occurredAt: day(14) })]);
    expect(state).toMatchObject({ investigation: { status: 'charged' }, accused: { [S2]: { status: 'charged' } } });
  });

  it('need a DPP decision to prosecute (CHARGES_NEED_DPP_DECISION)', () => {
    given(withDpp).when(file()).thenRefused('CHARGES_NEED_DPP_DECISION');
    given([...withDpp, ev.dppDecided({ decision: 'decline', forum: null })]).when(file()).thenRefused('CHARGES_NEED_DPP_DECISION');
  });

  it('need a whole number of counts of at least 1 (INVALID_COUNTS)', () => {
    given(prosecuting).when(file(S1, day(12), 0)).thenRefused('INVALID_COUNTS');
    given(prosecuting).when(file(S1, day(12), 1.5)).thenRefused('INVALID_COUNTS');
    given(prosecuting).when(file(S1, day(12), 1)).then([ev.chargesFiled({ counts: 1 })]);
  });

  it('need an identified suspect (SUSPECT_NOT_FOUND)', () => {
    given(prosecuting).when(file('suspect-9')).thenRefused('SUSPECT_NOT_FOUND');
  });

  it('are not filed against an accused already decided (ACCUSED_ALREADY_DECIDED)', () => {
    given(convicted).when(file(S1, day(26))).thenRefused('ACCUSED_ALREADY_DECIDED');
  });

  it('are not filed before the DPP decision (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(prosecuting).when(file(S1, day(9))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('summonses', () => {
  const issue = (extra: Partial<{ summonsRef: string; suspectRef: string; occurredAt: string; returnDate: string }> = {}) =>
    command('IssueSummons', {
      summonsRef: SUM1,
      suspectRef: S1,
      occurredAt: day(13),
      court: 'Maseru Magistrate Court',
      returnDate: date(30),
      ...extra,
    });
  const serve = (outcome: 'served' | 'failed', occurredAt: string, summonsRef = SUM1) =>
    command('RecordSummonsService', { summonsRef, occurredAt, outcome, ...(outcome === 'failed' ? { note: 'not at home' } : {}) });

  it('is issued to a charged accused', () => {
    const state = given(charged).when(issue()).then([ev.summonsIssued()]);
    expect(state).toMatchObject({
      accused: { [S1]: { status: 'summoned' } },
      summonses: { [SUM1]: { suspectRef: S1, status: 'issued', attempts: 0, returnDate: date(30) } },
    });
  });

  it('needs charges (SUMMONS_NEEDS_CHARGES)', () => {
    given(prosecuting).when(issue()).thenRefused('SUMMONS_NEEDS_CHARGES');
  });

  it('needs a known accused (SUSPECT_NOT_FOUND) not yet decided (ACCUSED_ALREADY_DECIDED)', () => {
    given(charged).when(issue({ suspectRef: S2 })).thenRefused('SUSPECT_NOT_FOUND');
    given(convicted).when(issue({ occurredAt: day(26) })).thenRefused('ACCUSED_ALREADY_DECIDED');
  });

  it('has a summonsRef of its own (SUMMONS_ALREADY_ISSUED)', () => {
    given(summoned).when(issue({ occurredAt: day(14) })).thenRefused('SUMMONS_ALREADY_ISSUED');
    given(summoned)
      .when(issue({ summonsRef: 'summons-2', occurredAt: day(14) }))
      .then([ev.summonsIssued({ summonsRef: 'summons-2', occurredAt: day(14) })]);
  });

  it('is returnable on its issue date or later, in Lesotho time (RETURN_DATE_BEFORE_ISSUE)', () => {
    given(charged).when(issue({ returnDate: date(12) })).thenRefused('RETURN_DATE_BEFORE_ISSUE');
    given(charged).when(issue({ returnDate: date(13) })).then([ev.summonsIssued({ returnDate: date(13) })]);
    // 23:30 UTC on the 12th is already the 13th in Maseru.
    const lateUtc = '2021-11-12T23:30:00Z';
    given(charged)
      .when(issue({ occurredAt: lateUtc, returnDate: date(13) }))
      .then([ev.summonsIssued({ occurredAt: lateUtc, returnDate: date(13) })]);
  });

  it('is not issued before the charges (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(charged).when(issue({ occurredAt: day(11) })).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });

  it('is served once issued', () => {
    const state = given(summoned).when(serve('served', day(15))).then([ev.summonsServed()]);
    expect(state).toMatchObject({ summonses: { [SUM1]: { status: 'served', attempts: 1, servedAt: day(15) } } });
  });

  it('may fail and be retried until served', () => {
    const failed = given(summoned).when(serve('failed', day(14))).then([ev.summonsServiceFailed()]);
    expect(failed).toMatchObject({ summonses: { [SUM1]: { status: 'failed', attempts: 1 } } });
    const failedTwice = [...summoned, ev.summonsServiceFailed(), ev.summonsServiceFailed({ occurredAt: day(15) })];
    given(failedTwice).when(serve('served', day(16))).then([ev.summonsServed({ occurredAt: day(16) })]);
  });

  it('needs an issued summons (SUMMONS_NOT_FOUND)', () => {
    given(charged).when(serve('served', day(15))).thenRefused('SUMMONS_NOT_FOUND');
  });

  it('is not served twice, nor attempted after service (SUMMONS_ALREADY_SERVED)', () => {
    const served = [...summoned, ev.summonsServed()];
    given(served).when(serve('served', day(16))).thenRefused('SUMMONS_ALREADY_SERVED');
    given(served).when(serve('failed', day(16))).thenRefused('SUMMONS_ALREADY_SERVED');
  });

  it('is not served before its issue, nor before an earlier attempt (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(summoned).when(serve('served', day(12))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
    given([...summoned, ev.summonsServiceFailed({ occurredAt: day(15) })])
      .when(serve('served', day(14)))
      .thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('withdrawing charges', () => {
  const withdraw = (occurredAt = day(21), suspectRef = S1) =>
    command('WithdrawCharges', { suspectRef, occurredAt, reason: 'witness unavailable' });

  it('ends the prosecution of a charged accused', () => {
    const state = given(charged).when(withdraw()).then([ev.chargesWithdrawn()]);
    expect(state).toMatchObject({ accused: { [S1]: { status: 'charges_withdrawn', withdrawnAt: day(21) } } });
  });

  it('needs charges (CHARGES_NOT_FILED)', () => {
    given(prosecuting).when(withdraw()).thenRefused('CHARGES_NOT_FILED');
  });

  it('is refused once the accused is decided (ACCUSED_ALREADY_DECIDED)', () => {
    given(convicted).when(withdraw(day(26))).thenRefused('ACCUSED_ALREADY_DECIDED');
    given([...charged, ev.chargesWithdrawn()]).when(withdraw(day(22))).thenRefused('ACCUSED_ALREADY_DECIDED');
  });

  it('is not dated before the charges (OCCURRED_BEFORE_DEPENDENCY)', () => {
    given(charged).when(withdraw(day(11))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
  });
});

describe('closing the case', () => {
  it('is possible from any stage but closed', () => {
    const close = command('CloseCase', { occurredAt: day(20), reason: 'declined by the DPP' });
    const declined = [...withDpp, ev.dppDecided({ decision: 'decline', forum: null })];
    const state = given(declined).when(close).then([ev.caseClosed({ occurredAt: day(20), reason: 'declined by the DPP' })]);
    expect(state).toMatchObject({ stage: 'closed' });
    given(summoned).when(close).then([ev.caseClosed({ occurredAt: day(20), reason: 'declined by the DPP' })]);
  });
});

import { occurredBy } from '../corrections';
import { given, stored } from '../../testing/given';
import { charged, command, convicted, date, day, ev, investigating, NOW, prosecuting, S1, S2, sentenced, V1 } from '../../testing/fixtures';

/**
 * Issue #20: rules that look at one accused among several, one field among several, or one value at its
 * boundary. Each test was seen failing against the change to the rule it names (docs/testing.md).
 */
const second = ev.suspectIdentified({ suspectRef: S2, occurredAt: day(5) });

describe('a rule about one accused, with another in the case', () => {
  const file = (suspectRef: string, appealRef: string) =>
    command('FileAppeal', { appealRef, suspectRef, occurredAt: day(36), appellant: 'crown' });
  const bothConvicted = [
    ...investigating, second, ev.docketSubmitted(), ev.dppDecided(),
    ev.chargesFiled(), ev.chargesFiled({ suspectRef: S2 }), ev.trialStarted(), ev.trialStarted({ suspectRef: S2 }),
    ev.verdictDelivered(), ev.verdictDelivered({ suspectRef: S2 }), ev.appealFiled(),
  ];

  it("files the crown's appeal against one accused while its appeal against another is pending", () => {
    given(bothConvicted).when(file(S2, 'appeal-2')).then([ev.appealFiled({ appealRef: 'appeal-2', suspectRef: S2, occurredAt: day(36) })]);
    given(bothConvicted).when(file(S1, 'appeal-2')).thenRefused('APPEAL_ALREADY_PENDING');
  });

  it('withdraws charges no earlier than the latest of repeated charges against the accused', () => {
    const recharged = [...charged, ev.chargesFiled({ occurredAt: day(18), statute: 'other', counts: 1 })];
    const withdraw = (occurredAt: string) => command('WithdrawCharges', { suspectRef: S1, occurredAt, reason: 'witness unavailable' });
    given(recharged).when(withdraw(day(15))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
    given(recharged).when(withdraw(day(18))).then([ev.chargesWithdrawn({ occurredAt: day(18) })]);
  });

  it('takes testimony from the first trial among several, not before it', () => {
    const twoTrials = [
      ...investigating, second, ev.victimIdentified(), ev.docketSubmitted(), ev.dppDecided(), ev.chargesFiled(),
      ev.chargesFiled({ suspectRef: S2 }), ev.trialStarted({ suspectRef: S2, occurredAt: day(24) }), ev.trialStarted(),
    ];
    const testify = (occurredAt: string) => command('RecordVictimCooperation', { victimRef: V1, occurredAt, cooperation: 'testified' });
    given(twoTrials).when(testify(day(19))).thenRefused('OCCURRED_BEFORE_DEPENDENCY');
    given(twoTrials).when(testify(day(21))).then([ev.victimCooperation({ occurredAt: day(21) })]);
  });

  it("withdraws one accused's charges without deciding the other's", () => {
    const both = [...prosecuting, second, ev.chargesFiled(), ev.chargesFiled({ suspectRef: S2 })];
    const state = given(both).when(command('WithdrawCharges', { suspectRef: S1, occurredAt: day(21), reason: 'witness unavailable' })).then([ev.chargesWithdrawn()]);
    expect(state).toMatchObject({ accused: { [S1]: { withdrawnAt: day(21) }, [S2]: { withdrawnAt: null } } });
  });
});

describe('a correction of several fields', () => {
  const correct = (changes: Record<string, unknown>) => command('CorrectEvent', { eventId: 'e1', reason: 'clerical error', changes }, NOW);

  it('is recorded when one field keeps its value and another changes', () => {
    given(investigating)
      .when(correct({ district: 'maseru', form: 'sex' }))
      .then([ev.correction('e1', 'CaseReferred', { district: 'maseru', form: 'sex' }, 'clerical error')]);
  });

  it('is refused when any one of its fields cannot be corrected, wherever it stands', () => {
    given(investigating).when(correct({ form: 'sex', caseId: 'other' })).thenRefused('CORRECTION_NOT_ALLOWED');
    given(investigating).when(correct({ form: 'sex', nonsense: 1 })).thenRefused('CORRECTION_UNKNOWN_FIELD');
  });
});

describe('values at their boundary', () => {
  const sentence = (fine: number | null, imprisonmentMonths = 0) =>
    command('ImposeSentence', { suspectRef: S1, occurredAt: day(28), imprisonmentMonths, suspendedMonths: 0, fine, fineInLieuOfPrison: false });

  it('refuses a fine of 0 (INVALID_SENTENCE), and takes a fine of 1', () => {
    given(convicted).when(sentence(0)).thenRefused('INVALID_SENTENCE');
    given(convicted).when(sentence(0, 12)).thenRefused('INVALID_SENTENCE');
    given(convicted).when(sentence(1)).then([ev.sentenceImposed({ imprisonmentMonths: 0, fine: 1 })]);
  });

  it('adjourns a hearing to the day it is held on, and not the day before', () => {
    const heard = [...charged, ev.accusedAppeared()];
    const adjourn = (adjournedTo: string) => command('AdjournHearing', { suspectRef: S1, occurredAt: day(17), reason: 'prosecutor absent', adjournedTo });
    given(heard).when(adjourn(date(17))).then([ev.hearingAdjourned({ adjournedTo: date(17) })]);
    given(heard).when(adjourn(date(16))).thenRefused('ADJOURNMENT_BEFORE_HEARING');
  });

  it('keeps, as of a moment, an event that occurred exactly then (the same instant in another offset)', () => {
    const history = stored(sentenced);
    const sentencedAt = day(28); // 10:00 Lesotho time
    expect(occurredBy(history, sentencedAt).length).toBe(history.length);
    expect(occurredBy(history, `${date(28)}T08:00:00Z`).length).toBe(history.length);
    expect(occurredBy(history, `${date(28)}T07:59:59.999Z`).length).toBe(history.length - 1);
  });
});

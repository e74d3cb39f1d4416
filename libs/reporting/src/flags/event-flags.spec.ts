import { at, RecordedCase } from '../testing/recorded-case';
import { caseRedFlags } from './case-flags';
import type { FlagKind } from './red-flag';

const flagsOf = (c: RecordedCase, kind: FlagKind, amendmentCommencement = '2021-01-29') =>
  caseRedFlags(c.caseId, c.history, { rules: { amendmentCommencement } }).filter((f) => f.kind === kind);

/** A case charged on 10 April 2021 against s1 under the Act, with victim v1 identified. */
function charged(caseId = 'case-v', referredOn = at('2021-03-01')) {
  const c = new RecordedCase(caseId);
  c.refer(referredOn);
  c.victim('v1', at('2021-03-01', 12));
  const charge = c.charge('s1', { investigated: at('2021-03-02'), submitted: at('2021-03-10'), decided: at('2021-04-01'), charged: at('2021-04-10') });
  return { c, charge };
}
const repatriate = (c: RecordedCase, on: string) =>
  c.record('RecordVictimRepatriation', { victimRef: 'v1', occurredAt: on, destination: 'ZA', governmentFunded: true });

describe('victim_repatriated_before_testimony', () => {
  it('given a victim who gave a statement, repatriated while s1 is charged without a verdict, is raised and never cleared', () => {
    const { c, charge } = charged();
    c.record('RecordVictimCooperation', { victimRef: 'v1', occurredAt: at('2021-04-20'), cooperation: 'statement_given' });
    const repatriation = repatriate(c, at('2021-05-01'));
    c.record('StartTrial', { suspectRef: 's1', occurredAt: at('2021-06-01') });
    c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: at('2021-09-01'), outcome: 'acquitted', statute: 'anti_trafficking_act' });
    expect(flagsOf(c, 'victim_repatriated_before_testimony')).toEqual([{
      caseId: 'case-v', kind: 'victim_repatriated_before_testimony', ref: 'v1', key: 'victim_repatriated_before_testimony:v1',
      raisedAt: at('2021-05-01'), clearedAt: null, eventIds: [repatriation, charge],
    }]);
  });

  it('given the victim testified before the repatriation, is not raised', () => {
    const { c } = charged();
    c.record('StartTrial', { suspectRef: 's1', occurredAt: at('2021-06-01') });
    c.record('RecordVictimCooperation', { victimRef: 'v1', occurredAt: at('2021-06-02'), cooperation: 'testified' });
    repatriate(c, at('2021-06-03'));
    expect(flagsOf(c, 'victim_repatriated_before_testimony')).toEqual([]);
  });

  it('given a repatriation before anyone was charged, or after the verdict, or after a withdrawal, is not raised', () => {
    const early = charged('case-early');
    const c1 = new RecordedCase('case-before');
    c1.refer(at('2021-03-01'));
    c1.victim('v1', at('2021-03-01', 12));
    repatriate(c1, at('2021-03-05'));
    c1.charge('s1', { investigated: at('2021-03-06'), submitted: at('2021-03-10'), decided: at('2021-04-01'), charged: at('2021-04-10') });
    expect(flagsOf(c1, 'victim_repatriated_before_testimony')).toEqual([]);

    early.c.record('StartTrial', { suspectRef: 's1', occurredAt: at('2021-06-01') });
    early.c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: at('2021-07-01'), outcome: 'convicted', statute: 'anti_trafficking_act' });
    repatriate(early.c, at('2021-07-02'));
    expect(flagsOf(early.c, 'victim_repatriated_before_testimony')).toEqual([]);

    const withdrawn = charged('case-withdrawn');
    withdrawn.c.record('WithdrawCharges', { suspectRef: 's1', occurredAt: at('2021-05-01'), reason: 'witness unavailable' });
    repatriate(withdrawn.c, at('2021-05-02'));
    expect(flagsOf(withdrawn.c, 'victim_repatriated_before_testimony')).toEqual([]);
  });
});

/** A conviction of s1 on 1 July 2021 and its sentence on 1 August, in a case referred on `referredOn`. */
function sentenced(referredOn: string, sentence: { imprisonmentMonths: number; suspendedMonths: number; fine?: number; fineInLieuOfPrison: boolean }, statute: 'anti_trafficking_act' | 'other' = 'anti_trafficking_act') {
  const c = new RecordedCase(`case-${referredOn.slice(0, 10)}-${statute}`);
  c.refer(referredOn);
  c.charge('s1', { investigated: at('2021-03-02'), submitted: at('2021-03-10'), decided: at('2021-04-01'), charged: at('2021-04-10') });
  c.record('StartTrial', { suspectRef: 's1', occurredAt: at('2021-06-01') });
  const verdict = c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: at('2021-07-01'), outcome: 'convicted', statute });
  const imposed = c.record('ImposeSentence', { suspectRef: 's1', occurredAt: at('2021-08-01'), ...sentence });
  return { c, verdict, imposed };
}
const fineInLieu = { imprisonmentMonths: 24, suspendedMonths: 0, fine: 20000, fineInLieuOfPrison: true };

describe('fine_in_lieu_after_amendment', () => {
  it('given a case referred on 29 January 2021 (the commencement), is raised by the sentence', () => {
    const { c, verdict, imposed } = sentenced(at('2021-01-29', 9), fineInLieu);
    expect(flagsOf(c, 'fine_in_lieu_after_amendment')).toEqual([{
      caseId: c.caseId, kind: 'fine_in_lieu_after_amendment', ref: 's1', key: 'fine_in_lieu_after_amendment:s1',
      raisedAt: at('2021-08-01'), clearedAt: null, eventIds: [imposed, verdict],
    }]);
  });

  it('given a case referred on 28 January 2021 at 23:00 Lesotho time, is not raised', () => {
    expect(flagsOf(sentenced(at('2021-01-28', 23), fineInLieu).c, 'fine_in_lieu_after_amendment')).toEqual([]);
  });

  it('given another commencement configured, judges the referral against it', () => {
    const { c } = sentenced(at('2021-01-28', 23), fineInLieu);
    expect(flagsOf(c, 'fine_in_lieu_after_amendment', '2021-01-28')).toHaveLength(1);
  });

  it('given a conviction under another law, or a fine not in lieu of prison, is not raised', () => {
    expect(flagsOf(sentenced(at('2021-02-01'), fineInLieu, 'other').c, 'fine_in_lieu_after_amendment')).toEqual([]);
    const fineBeside = { ...fineInLieu, fineInLieuOfPrison: false };
    expect(flagsOf(sentenced(at('2021-02-01'), fineBeside).c, 'fine_in_lieu_after_amendment')).toEqual([]);
  });
});

describe('suspended_sentence_for_trafficking', () => {
  it('given 120 months under the Act, all suspended (the 2022 report\'s conviction), is raised by the sentence', () => {
    const { c, verdict, imposed } = sentenced(at('2021-02-01'), { imprisonmentMonths: 120, suspendedMonths: 120, fine: 10000, fineInLieuOfPrison: false });
    expect(flagsOf(c, 'suspended_sentence_for_trafficking')).toMatchObject([{ ref: 's1', raisedAt: at('2021-08-01'), clearedAt: null, eventIds: [imposed, verdict] }]);
  });

  it('given one month not suspended, a fine alone, or a conviction under another law, is not raised', () => {
    expect(flagsOf(sentenced(at('2021-02-01'), { imprisonmentMonths: 120, suspendedMonths: 119, fineInLieuOfPrison: false }).c, 'suspended_sentence_for_trafficking')).toEqual([]);
    expect(flagsOf(sentenced(at('2021-02-01'), { imprisonmentMonths: 0, suspendedMonths: 0, fine: 5000, fineInLieuOfPrison: false }).c, 'suspended_sentence_for_trafficking')).toEqual([]);
    expect(flagsOf(sentenced(at('2021-02-01'), { imprisonmentMonths: 12, suspendedMonths: 12, fineInLieuOfPrison: false }, 'other').c, 'suspended_sentence_for_trafficking')).toEqual([]);
  });
});

describe('repeated_adjournments', () => {
  const appeared = () => {
    const { c } = charged('case-a');
    c.suspect('s2', at('2021-03-03'));
    c.record('FileCharges', { suspectRef: 's2', occurredAt: at('2021-04-10'), statute: 'other', counts: 1 });
    c.record('RecordAppearance', { suspectRef: 's1', occurredAt: at('2021-05-01') });
    c.record('RecordAppearance', { suspectRef: 's2', occurredAt: at('2021-05-01') });
    return c;
  };
  const adjourn = (c: RecordedCase, suspectRef: string, on: string) =>
    c.record('AdjournHearing', { suspectRef, occurredAt: on, reason: 'magistrate absent' });

  it('given two adjournments of s1 and one of s2, is not raised', () => {
    const c = appeared();
    adjourn(c, 's1', at('2021-05-01', 11));
    adjourn(c, 's1', at('2021-06-01'));
    adjourn(c, 's2', at('2021-06-01'));
    expect(flagsOf(c, 'repeated_adjournments')).toEqual([]);
  });

  it('given a third adjournment of s1, is raised by it, with the three as its events', () => {
    const c = appeared();
    const ids = [adjourn(c, 's1', at('2021-05-01', 11)), adjourn(c, 's1', at('2021-06-01')), adjourn(c, 's1', at('2021-07-01'))];
    adjourn(c, 's1', at('2021-08-01'));
    expect(flagsOf(c, 'repeated_adjournments')).toEqual([{
      caseId: 'case-a', kind: 'repeated_adjournments', ref: 's1', key: 'repeated_adjournments:s1',
      raisedAt: at('2021-07-01'), clearedAt: null, eventIds: ids,
    }]);
  });
});

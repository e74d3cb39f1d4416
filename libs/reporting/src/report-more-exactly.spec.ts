/** api.md "The report, more exactly": scope, complete, cases beside accused, dockets, flags, fines in lieu. */
import { governmentActionReport } from './government-action-report';
import { donorDisclosure } from './disclosure';
import { reportingPeriod } from './reporting-period';
import { at, RecordedCase, reportEventsOf } from './testing/recorded-case';

const P2122 = reportingPeriod('2021-22');
const LATER = '2030-01-01T00:00:00+02:00';
const report = (cases: RecordedCase[], knownAt = LATER, now = LATER) =>
  governmentActionReport(reportEventsOf(...cases), P2122, knownAt, null, { district: null, now });

const investigated = (caseId: string, on = at('2021-05-01')) => {
  const c = new RecordedCase(caseId);
  c.refer(on);
  c.investigate(on);
  return c;
};

describe('scope and complete', () => {
  it('given a district, answers it as the scope; nationally, null', () => {
    const events = reportEventsOf(investigated('a'));
    expect(governmentActionReport(events, P2122, LATER, null, { district: 'berea', now: LATER }).scope).toEqual({ district: 'berea' });
    expect(report([investigated('a')]).scope).toEqual({ district: null });
  });

  it('given knownAt one millisecond before the period ends, is not complete; at its end, it is', () => {
    expect(report([], '2022-03-31T23:59:59.999+02:00').complete).toBe(false);
    const atEnd = report([], '2022-04-01T00:00:00+02:00');
    expect(atEnd.complete).toBe(true);
    expect(atEnd.previous.complete).toBe(true);
  });

  it('given a knownAt after the end but a server time before it, is not complete', () => {
    expect(report([], LATER, '2022-02-01T00:00:00+02:00').complete).toBe(false);
    expect(report([], LATER, '2022-02-01T00:00:00+02:00').previous.complete).toBe(true);
  });
});

describe('prosecutions by case', () => {
  it('given two accused first charged in one case in the period and one charged before, counts accused and cases apart', () => {
    const c = new RecordedCase('two');
    c.refer(at('2020-12-01'));
    c.charge('s1', { investigated: at('2020-12-02'), submitted: at('2021-01-10'), decided: at('2021-02-01'), charged: at('2021-03-31', 23) });
    c.suspect('s2', at('2021-02-02'));
    c.suspect('s3', at('2021-02-02'));
    c.record('FileCharges', { suspectRef: 's2', occurredAt: at('2021-04-01', 0), statute: 'other', counts: 1 });
    c.record('FileCharges', { suspectRef: 's3', occurredAt: at('2022-03-31', 23), statute: 'other', counts: 1 });
    const r = report([c]);
    expect(r.prosecutions).toEqual({ initiated: { total: 2, cases: 1, byForm: { sex: 2 } }, continued: 1, continuedCases: 1 });
    expect(r.previous.prosecutions).toMatchObject({ initiated: { total: 1, cases: 1 } });
  });
});

describe('dockets', () => {
  it('given a docket lost on the period\'s last minute and rebuilt at midnight, counts it missing at the end, still before the DPP', () => {
    const c = investigated('lost');
    c.record('SubmitDocket', { occurredAt: at('2022-01-10') });
    c.record('ReportDocketMissing', { occurredAt: '2022-03-31T23:59:00+02:00' });
    c.record('ReconstructDocket', { occurredAt: '2022-04-01T00:00:00+02:00' });
    const r = report([c]);
    expect(r.dockets).toEqual({ reportedMissing: 1, reconstructed: 0, missingAtEnd: 1 });
    expect(r.dpp.casesPendingAtEnd).toBe(1);
    expect(r.flags.docket_missing).toBe(1);
  });

  it('given a docket lost in the previous period and rebuilt in this one, counts each in its period', () => {
    const c = investigated('old', at('2021-01-05'));
    c.record('ReportDocketMissing', { occurredAt: at('2021-02-01') });
    c.record('ReconstructDocket', { occurredAt: at('2021-04-01', 0) });
    const r = report([c]);
    expect(r.dockets).toEqual({ reportedMissing: 0, reconstructed: 1, missingAtEnd: 0 });
    expect(r.previous.dockets).toEqual({ reportedMissing: 1, reconstructed: 0, missingAtEnd: 1 });
  });
});

describe('flags', () => {
  const submittedOn = (caseId: string, date: string) => {
    const c = investigated(caseId, at('2020-12-01'));
    c.record('SubmitDocket', { occurredAt: at(date) });
    return c;
  };

  it('given dockets submitted on 1 and 2 October 2021, counts one stalled at the end (day 181 is 31 March), every kind listed', () => {
    const r = report([submittedOn('a', '2021-10-01'), submittedOn('b', '2021-10-02')]);
    expect(r.flags).toEqual({
      docket_missing: 0, stalled_at_dpp: 1, summons_overdue: 0, complicity_not_investigated: 0, served_late: 0,
      victim_repatriated_before_testimony: 0, fine_in_lieu_after_amendment: 0, suspended_sentence_for_trafficking: 0,
      repeated_adjournments: 0,
    });
  });

  it('given knownAt on 30 March 2022, counts no stalled docket yet: the record did not show it then', () => {
    expect(report([submittedOn('a', '2021-10-01')], '2022-03-30T12:00:00+02:00').flags.stalled_at_dpp).toBe(0);
    expect(report([submittedOn('a', '2021-10-01')], '2022-03-31T00:00:00+02:00').flags.stalled_at_dpp).toBe(1);
  });

  it('given a stall cleared before the end, does not count it; an event flag counts in the period it was raised', () => {
    const cleared = submittedOn('a', '2021-01-01');
    cleared.record('RecordDppDecision', { occurredAt: at('2021-12-01'), decision: 'decline' });
    const late = new RecordedCase('late');
    late.refer(at('2021-05-01'));
    late.charge('s1', { investigated: at('2021-05-02'), submitted: at('2021-05-03'), decided: at('2021-05-04'), charged: at('2021-05-05') });
    late.record('IssueSummons', { summonsRef: 'x', suspectRef: 's1', occurredAt: at('2022-03-01'), court: 'Leribe Magistrate Court', returnDate: '2022-03-30' });
    late.record('RecordSummonsService', { summonsRef: 'x', occurredAt: '2022-03-31T23:59:00+02:00', outcome: 'served' });
    const r = report([cleared, late]);
    expect(r.flags).toMatchObject({ stalled_at_dpp: 0, summons_overdue: 0, served_late: 1 });
    expect(r.previous.flags.stalled_at_dpp).toBe(0);
    const next = governmentActionReport(reportEventsOf(cleared, late), reportingPeriod('2022-23'), LATER, null);
    expect([next.flags.served_late, next.previous.flags.served_late]).toEqual([0, 1]);
  });
});

describe('for a donor', () => {
  it('given one victim repatriated before testifying, hides that flag count (a figure about fewer than 11 victims)', () => {
    const c = new RecordedCase('r');
    c.refer(at('2021-05-01'));
    c.victim('v1', at('2021-05-01', 12));
    c.charge('s1', { investigated: at('2021-05-02'), submitted: at('2021-05-03'), decided: at('2021-05-04'), charged: at('2021-05-05') });
    c.record('RecordVictimRepatriation', { victimRef: 'v1', occurredAt: at('2021-06-01'), destination: 'ZA', governmentFunded: true });
    const events = reportEventsOf(c);
    expect(governmentActionReport(events, P2122, LATER, null).flags.victim_repatriated_before_testimony).toBe(1);
    expect(governmentActionReport(events, P2122, LATER, donorDisclosure(new Uint8Array(32).fill(7))).flags.victim_repatriated_before_testimony).toBeNull();
  });
});

describe('for a donor, victims of different cases', () => {
  it('given fifteen cases each with a victim v1 repatriated before testifying, counts fifteen victims (not one ref)', () => {
    const cases = Array.from({ length: 15 }, (_, i) => {
      const c = new RecordedCase(`r${i}`);
      c.refer(at('2021-05-01'));
      c.victim('v1', at('2021-05-01', 12));
      c.charge('s1', { investigated: at('2021-05-02'), submitted: at('2021-05-03'), decided: at('2021-05-04'), charged: at('2021-05-05') });
      c.record('RecordVictimRepatriation', { victimRef: 'v1', occurredAt: at('2021-06-01'), destination: 'ZA', governmentFunded: true });
      return c;
    });
    const events = reportEventsOf(...cases);
    expect(governmentActionReport(events, P2122, LATER, null).flags.victim_repatriated_before_testimony).toBe(15);
    expect(governmentActionReport(events, P2122, LATER, donorDisclosure(new Uint8Array(32).fill(7))).flags.victim_repatriated_before_testimony).toBe(15);
  });
});

describe('sentences', () => {
  it('given a fine in lieu of prison with no months of prison, counts it as fineInLieuOfPrison and not also as fineOnly', () => {
    const c = new RecordedCase('fine');
    c.refer(at('2021-02-01'));
    c.charge('s1', { investigated: at('2021-02-02'), submitted: at('2021-02-03'), decided: at('2021-02-04'), charged: at('2021-02-05') });
    c.suspect('s2', at('2021-02-02'));
    c.record('FileCharges', { suspectRef: 's2', occurredAt: at('2021-02-05'), statute: 'anti_trafficking_act', counts: 1 });
    for (const s of ['s1', 's2']) c.record('DeliverVerdict', { suspectRef: s, occurredAt: at('2021-05-01'), outcome: 'convicted', statute: 'anti_trafficking_act', guiltyPlea: true });
    c.record('ImposeSentence', { suspectRef: 's1', occurredAt: at('2021-05-02'), imprisonmentMonths: 0, suspendedMonths: 0, fine: 5000, fineInLieuOfPrison: true });
    c.record('ImposeSentence', { suspectRef: 's2', occurredAt: at('2021-05-02'), imprisonmentMonths: 0, suspendedMonths: 0, fine: 5000, fineInLieuOfPrison: false });
    const r = report([c]);
    expect(r.sentences).toEqual({ total: 2, prisonAtLeast12Months: 0, suspendedOnly: 0, fineOnly: 1, fineInLieuOfPrison: 1 });
    expect(r.flags.fine_in_lieu_after_amendment).toBe(1);
  });
});

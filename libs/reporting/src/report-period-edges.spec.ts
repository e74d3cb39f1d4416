/**
 * api.md "The report, more exactly", each new figure at the edges of the period (2021-22: from 00:00 on
 * 1 April 2021 up to 00:00 on 1 April 2022, Lesotho time) and as known at a moment (a late record).
 */
import { governmentActionReport, type GovernmentActionReport } from './government-action-report';
import { reportingPeriod } from './reporting-period';
import { at, RecordedCase, reportEventsOf } from './testing/recorded-case';

const P2122 = reportingPeriod('2021-22');
const LATER = '2030-01-01T00:00:00+02:00';
const FIRST = '2021-04-01T00:00:00+02:00';
const LAST = '2022-03-31T23:59:59+02:00';
const BEFORE = '2021-03-31T23:59:59+02:00';
const AFTER = '2022-04-01T00:00:00+02:00';

type Build = (moment: string, recordedAt?: string) => RecordedCase;
const recorded = (recordedAt?: string) => (recordedAt ? { recordedAt } : {});

/**
 * Referred on the amendment's commencement (29 January 2021), investigated, s1 and s2 identified, the
 * docket before the DPP and a decision to prosecute, by 2 February 2021.
 */
function beforeTheCourts(caseId: string): RecordedCase {
  const c = new RecordedCase(caseId);
  c.refer(at('2021-01-29'));
  c.investigate(at('2021-01-30'));
  c.suspect('s1', at('2021-01-30'));
  c.suspect('s2', at('2021-01-30'));
  c.record('SubmitDocket', { occurredAt: at('2021-02-01') });
  c.record('RecordDppDecision', { occurredAt: at('2021-02-02', 9), decision: 'prosecute', forum: 'magistrate' });
  return c;
}
function charged(caseId: string): RecordedCase {
  const c = beforeTheCourts(caseId);
  c.record('FileCharges', { suspectRef: 's1', occurredAt: at('2021-02-02', 11), statute: 'anti_trafficking_act', counts: 1 });
  return c;
}
function convicted(caseId: string): RecordedCase {
  const c = charged(caseId);
  c.record('StartTrial', { suspectRef: 's1', occurredAt: at('2021-02-03') });
  c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: at('2021-03-01'), outcome: 'convicted', statute: 'anti_trafficking_act' });
  return c;
}
function appeared(caseId: string): RecordedCase {
  const c = charged(caseId);
  c.record('RecordAppearance', { suspectRef: 's1', occurredAt: at('2021-02-03') });
  c.record('AdjournHearing', { suspectRef: 's1', occurredAt: at('2021-02-10'), reason: 'no interpreter' });
  c.record('AdjournHearing', { suspectRef: 's1', occurredAt: at('2021-03-10'), reason: 'no interpreter' });
  return c;
}

/** Each figure, and the case whose one event at `moment` (recorded at `recordedAt`) counts in it. */
const FIGURES: readonly [figure: string, build: Build][] = [
  ['prosecutions.initiated.cases', (moment, r) => {
    const c = beforeTheCourts('charged-then');
    c.record('FileCharges', { suspectRef: 's1', occurredAt: moment, statute: 'anti_trafficking_act', counts: 1 }, recorded(r));
    c.record('FileCharges', { suspectRef: 's2', occurredAt: moment, statute: 'other', counts: 1 }, recorded(r));
    return c;
  }],
  ['dockets.reportedMissing', (moment, r) => {
    const c = beforeTheCourts('lost-then');
    c.record('ReportDocketMissing', { occurredAt: moment }, recorded(r));
    return c;
  }],
  ['dockets.reconstructed', (moment, r) => {
    const c = beforeTheCourts('rebuilt-then');
    c.record('ReportDocketMissing', { occurredAt: at('2021-03-01') });
    c.record('ReconstructDocket', { occurredAt: moment }, recorded(r));
    return c;
  }],
  ['sentences.fineInLieuOfPrison', (moment, r) => {
    const c = convicted('fined-then');
    c.record('ImposeSentence', { suspectRef: 's1', occurredAt: moment, imprisonmentMonths: 0, suspendedMonths: 0, fine: 5000, fineInLieuOfPrison: true }, recorded(r));
    return c;
  }],
  ['flags.fine_in_lieu_after_amendment', (moment, r) => {
    const c = convicted('fined-after-amendment');
    c.record('ImposeSentence', { suspectRef: 's1', occurredAt: moment, imprisonmentMonths: 12, suspendedMonths: 0, fine: 5000, fineInLieuOfPrison: true }, recorded(r));
    return c;
  }],
  ['flags.suspended_sentence_for_trafficking', (moment, r) => {
    const c = convicted('suspended-then');
    c.record('ImposeSentence', { suspectRef: 's1', occurredAt: moment, imprisonmentMonths: 60, suspendedMonths: 60, fineInLieuOfPrison: false }, recorded(r));
    return c;
  }],
  ['flags.repeated_adjournments', (moment, r) => {
    const c = appeared('adjourned-then');
    c.record('AdjournHearing', { suspectRef: 's1', occurredAt: moment, reason: 'no interpreter' }, recorded(r));
    return c;
  }],
];

const valueAt = (report: object, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], report);
const reportOf = (c: RecordedCase, knownAt = LATER): GovernmentActionReport => governmentActionReport(reportEventsOf(c), P2122, knownAt, null);

describe.each(FIGURES)('%s', (figure, build) => {
  it.each([
    ['the first moment of the period', 1, 0, FIRST],
    ['the last second of the period', 1, 0, LAST],
    ['the last second before it', 0, 1, BEFORE],
    ['the first moment after it', 0, 0, AFTER],
  ])('given the event at %s, counts it %i time(s) in this period and %i in the previous', (_when, now, before, moment) => {
    const report = reportOf(build(moment));
    expect([valueAt(report, figure), valueAt(report.previous, figure)]).toEqual([now, before]);
  });

  it('given the event recorded late (in May 2022), counts it only as known from then', () => {
    const late = build(at('2021-10-01'), '2022-05-02T10:00:00+02:00');
    expect(valueAt(reportOf(late, '2022-05-02T09:59:59+02:00'), figure)).toBe(0);
    expect(valueAt(reportOf(late, '2022-05-02T10:00:00+02:00'), figure)).toBe(1);
  });
});

describe('fineOnly beside fineInLieuOfPrison', () => {
  it('given a fine in lieu of prison on the first day of the period, counts it there and never as fineOnly', () => {
    const report = reportOf(FIGURES[3]![1](FIRST));
    expect(report.sentences).toMatchObject({ total: 1, fineOnly: 0, fineInLieuOfPrison: 1 });
  });
});

describe('prosecutions.continuedCases', () => {
  const decided = (verdictAt: string, recordedAt?: string) => {
    const c = charged('continued');
    c.record('StartTrial', { suspectRef: 's1', occurredAt: at('2021-03-01') });
    c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: verdictAt, outcome: 'acquitted', statute: 'anti_trafficking_act' }, recorded(recordedAt));
    return c;
  };

  it('given a verdict at the first moment of the period, the case was continued into it; a second earlier, not', () => {
    expect(reportOf(decided(FIRST)).prosecutions).toMatchObject({ continued: 1, continuedCases: 1 });
    expect(reportOf(decided(BEFORE)).prosecutions).toMatchObject({ continued: 0, continuedCases: 0 });
  });

  it('given a verdict before the period recorded late, the case counts as continued until the verdict is known', () => {
    const late = decided(BEFORE, '2022-05-02T10:00:00+02:00');
    expect(reportOf(late, '2022-05-02T09:59:59+02:00').prosecutions.continuedCases).toBe(1);
    expect(reportOf(late, '2022-05-02T10:00:00+02:00').prosecutions.continuedCases).toBe(0);
  });
});

describe('dockets.missingAtEnd and the flags open at the end', () => {
  const lost = (moment: string, recordedAt?: string) => {
    const c = beforeTheCourts('lost');
    c.record('ReportDocketMissing', { occurredAt: moment }, recorded(recordedAt));
    return c;
  };

  it('given a docket lost in the last second, counts it missing at the end; lost at the first moment after, not', () => {
    expect([reportOf(lost(LAST)).dockets.missingAtEnd, reportOf(lost(LAST)).flags.docket_missing]).toEqual([1, 1]);
    expect([reportOf(lost(AFTER)).dockets.missingAtEnd, reportOf(lost(AFTER)).flags.docket_missing]).toEqual([0, 0]);
  });

  it('given the loss recorded late, counts it missing at the end only as known from then', () => {
    const late = lost(at('2021-10-01'), '2022-05-02T10:00:00+02:00');
    expect(reportOf(late, '2022-05-02T09:59:59+02:00').dockets.missingAtEnd).toBe(0);
    expect(reportOf(late, '2022-05-02T10:00:00+02:00').dockets.missingAtEnd).toBe(1);
  });
});

describe('scope and complete at the edges', () => {
  it('given knownAt at the last second of the period, is not complete; at its first moment after, complete', () => {
    const c = FIGURES[0]![1](FIRST);
    expect(reportOf(c, LAST).complete).toBe(false);
    expect(reportOf(c, AFTER)).toMatchObject({ complete: true, scope: { district: null } });
  });
});

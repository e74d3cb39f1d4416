import { flagsAsOf, isOpenAt, type RedFlag } from './flags';
import { governmentActionReport } from './government-action-report';
import type { ReportEvent } from './report-event';
import { reportingPeriod } from './reporting-period';

/** Issue #20: each boundary of the report, on both sides, so a flipped comparison or a dropped case is noticed. */
const P2122 = reportingPeriod('2021-22');
const START = P2122.from; // 2021-04-01T00:00:00+02:00
const LATER = '2030-01-01T00:00:00Z';
const day = (date: string) => `${date}T09:00:00+02:00`;

type Step = [type: string, occurredAt: string, data?: Record<string, unknown>, recordedAt?: string];

/** One case's events, recorded when they occurred unless `recordedAt` says otherwise. */
function caseEvents(caseId: string, steps: Step[]): ReportEvent[] {
  const all: Step[] = [['CaseReferred', day('2020-01-01'), { form: 'labour' }], ...steps];
  return all.map(([type, occurredAt, data = {}, recordedAt], i) => ({
    eventId: `${caseId}-${i + 1}`, caseId, version: i + 1, type, occurredAt, recordedAt: recordedAt ?? occurredAt, data: { occurredAt, ...data },
  }));
}
const report = (events: ReportEvent[], knownAt = LATER) => governmentActionReport(events, P2122, knownAt, null);
const opened: Step = ['InvestigationOpened', day('2021-01-10')];
const accused = (ref: string): Step => ['SuspectIdentified', day('2021-01-11'), { suspectRef: ref, isGovernmentOfficial: false }];
const charged = (ref: string, date: string): Step => ['ChargesFiled', date, { suspectRef: ref, statute: 'anti_trafficking_act' }];
const sentenced = (imprisonmentMonths: number, suspendedMonths: number): Step =>
  ['SentenceImposed', day('2021-07-01'), { suspectRef: 's1', imprisonmentMonths, suspendedMonths, fineInLieuOfPrison: false }];

describe('the report at its boundaries', () => {
  it('counts a prison term of exactly 12 months served as at least 12 months, and 11 months not', () => {
    const r = report([
      ...caseEvents('a', [sentenced(12, 0)]),
      ...caseEvents('b', [sentenced(11, 0)]),
      ...caseEvents('c', [sentenced(18, 6)]),
      ...caseEvents('d', [sentenced(18, 7)]),
    ]);
    expect({ total: r.sentences.total, atLeast12: r.sentences.prisonAtLeast12Months }).toEqual({ total: 4, atLeast12: 2 });
  });

  it('counts an investigation that ended exactly at the period start as continued into it, and one ended a moment before not', () => {
    const justBefore = '2021-03-31T23:59:59.999+02:00';
    const r = report([
      ...caseEvents('a', [opened, ['InvestigationClosed', START, { reason: 'r' }]]),
      ...caseEvents('b', [opened, ['InvestigationClosed', justBefore, { reason: 'r' }]]),
    ]);
    expect({ continued: r.investigations.continued, closed: r.investigations.closed }).toEqual({ continued: 1, closed: 1 });
  });

  it('counts a prosecution whose verdict falls exactly at the period start as continued into it', () => {
    const r = report([...caseEvents('a', [opened, accused('s1'), charged('s1', day('2021-02-01')), ['VerdictDelivered', START, { suspectRef: 's1', outcome: 'acquitted', statute: 'anti_trafficking_act' }]])]);
    expect({ continued: r.prosecutions.continued, acquittals: r.acquittals }).toEqual({ continued: 1, acquittals: 1 });
  });

  it('dates a prosecution from the first of several charges of one accused, and another accused from theirs', () => {
    const r = report([
      ...caseEvents('a', [opened, accused('s1'), accused('s2'), charged('s1', day('2021-02-01')), charged('s1', day('2021-05-01')), charged('s2', day('2021-06-01'))]),
    ]);
    expect({ initiated: r.prosecutions.initiated.total, continued: r.prosecutions.continued }).toEqual({ initiated: 1, continued: 1 });
    expect(r.previous.prosecutions.initiated.total).toBe(1);
  });

  it('ends the investigation at the first charges in the case, not at a later accused charges', () => {
    const r = report([...caseEvents('a', [opened, accused('s1'), accused('s2'), charged('s1', day('2021-02-01')), charged('s2', day('2021-06-01'))])]);
    expect(r.investigations.continued).toBe(0);
  });

  it('ends the investigation at a DPP decline, and not at a decision to prosecute', () => {
    const decided = (decision: string): Step[] => [opened, ['DocketSubmittedToDpp', day('2021-02-01')], ['DppDecisionRecorded', day('2021-03-01'), { decision }]];
    expect(report(caseEvents('a', decided('decline'))).investigations.continued).toBe(0);
    expect(report(caseEvents('a', decided('prosecute'))).investigations.continued).toBe(1);
  });

  it('counts an event recorded exactly at knownAt, and not one recorded a millisecond after it', () => {
    const recordedAt = '2021-06-01T10:00:00.000Z';
    const events = caseEvents('a', [['InvestigationOpened', day('2021-05-01'), {}, recordedAt]]);
    expect(report(events, '2021-06-01T12:00:00+02:00').investigations.initiated.total).toBe(1);
    expect(report(events, '2021-06-01T09:59:59.999Z').investigations.initiated.total).toBe(0);
  });

  it('calls the period complete when knownAt is exactly its end, and not a moment before', () => {
    expect(report([], P2122.to).complete).toBe(true);
    expect(report([], '2022-03-31T23:59:59.999+02:00').complete).toBe(false);
  });
});

describe('the report outside its period', () => {
  it('counts no sentence, summons, failure or conviction of the previous period, and no summons issued after it', () => {
    const summons = (ref: string, date: string): Step => ['SummonsIssued', date, { summonsRef: ref, suspectRef: 's1', returnDate: '2030-01-01' }];
    const r = report([
      ...caseEvents('a', [
        opened, accused('s1'), charged('s1', day('2021-02-01')), summons('sum-1', day('2021-02-02')),
        ['SummonsServiceFailed', day('2021-02-03'), { summonsRef: 'sum-1' }],
        ['VerdictDelivered', day('2021-03-01'), { suspectRef: 's1', outcome: 'convicted', statute: 'other' }],
        ['SentenceImposed', day('2021-03-02'), { suspectRef: 's1', imprisonmentMonths: 24, suspendedMonths: 0, fineInLieuOfPrison: false }],
      ]),
      ...caseEvents('b', [opened, accused('s1'), charged('s1', day('2021-06-01')), summons('sum-1', day('2022-05-01'))]),
    ]);
    expect({ sentences: r.sentences.total, issued: r.summonses.issued, failed: r.summonses.failed, outstanding: r.summonses.outstandingAtEnd })
      .toEqual({ sentences: 0, issued: 0, failed: 0, outstanding: 1 });
    expect({ cases: r.prosecutions.initiated.cases, continuedCases: r.prosecutions.continuedCases }).toEqual({ cases: 1, continuedCases: 0 });
    expect(r.previous.convictions).toEqual({ total: 1, antiTraffickingAct: 0, otherLaw: 1 });
  });
});

describe('the report at and after its end', () => {
  const END = P2122.to; // 2022-04-01T00:00:00+02:00, the first moment after the period
  const summons = (ref: string, date: string): Step => ['SummonsIssued', date, { summonsRef: ref, suspectRef: 's1', returnDate: '2030-01-01' }];
  const submitted = (date: string): Step => ['DocketSubmittedToDpp', date];

  it('counts an investigation or a prosecution begun after the period neither as initiated nor as continued', () => {
    const r = report(caseEvents('a', [['InvestigationOpened', day('2022-05-01')], accused('s1'), charged('s1', day('2022-06-01'))]));
    expect({ investigations: r.investigations, prosecutions: r.prosecutions }).toEqual({
      investigations: { initiated: { total: 0, byForm: {} }, continued: 0, closed: 0 },
      prosecutions: { initiated: { total: 0, cases: 0, byForm: {} }, continued: 0, continuedCases: 0 },
    });
  });

  it('counts a conviction of a government official among officials convicted, and of anyone else not', () => {
    const convictedIn = (caseId: string, official: boolean) => caseEvents(caseId, [
      opened, ['SuspectIdentified', day('2021-01-11'), { suspectRef: 's1', isGovernmentOfficial: official }], charged('s1', day('2021-02-01')),
      ['VerdictDelivered', day('2021-07-01'), { suspectRef: 's1', outcome: 'convicted', statute: 'anti_trafficking_act' }],
    ]);
    const r = report([...convictedIn('a', true), ...convictedIn('b', false)]);
    expect({ convicted: r.convictions.total, officials: r.officials.convicted }).toEqual({ convicted: 2, officials: 1 });
  });

  it('counts a summons outstanding at the end when unserved or served exactly at the end, and not one issued exactly at the end', () => {
    const r = report([
      ...caseEvents('served-at-end', [summons('sum-1', day('2021-05-01')), ['SummonsServed', END, { summonsRef: 'sum-1' }]]),
      ...caseEvents('unserved', [summons('sum-1', day('2021-05-01'))]),
      ...caseEvents('issued-at-end', [summons('sum-1', END)]),
      ...caseEvents('served-before', [summons('sum-1', day('2021-05-01')), ['SummonsServed', day('2022-03-31'), { summonsRef: 'sum-1' }]]),
    ]);
    expect({ issued: r.summonses.issued, served: r.summonses.served, outstanding: r.summonses.outstandingAtEnd })
      .toEqual({ issued: 3, served: 1, outstanding: 2 });
  });

  it('counts a docket pending at the end when undecided or decided exactly at the end, and not one submitted exactly at the end', () => {
    const decided = (date: string): Step => ['DppDecisionRecorded', date, { decision: 'prosecute' }];
    const r = report([
      ...caseEvents('decided-at-end', [opened, submitted(day('2021-05-01')), decided(END)]),
      ...caseEvents('undecided', [opened, submitted(day('2021-05-01'))]),
      ...caseEvents('submitted-at-end', [opened, submitted(END)]),
      ...caseEvents('decided-before', [opened, submitted(day('2021-05-01')), decided(day('2022-03-01'))]),
    ]);
    expect(r.dpp.casesPendingAtEnd).toBe(2);
  });
});

describe('a red flag asOf exactly at its events', () => {
  const flag: RedFlag = {
    caseId: 'a', kind: 'summons_overdue', ref: 'sum-1', key: 'summons_overdue:sum-1',
    raisedAt: '2021-05-01T00:00:00+02:00', clearedAt: '2021-06-01T09:00:00+02:00', eventIds: ['a-1', 'a-2'],
  };

  it('holds from the moment it is raised until the moment it clears', () => {
    expect(['2021-04-30T23:59:59.999+02:00', '2021-04-30T22:00:00Z', '2021-06-01T07:00:00Z'].map((moment) => isOpenAt(flag, moment)))
      .toEqual([false, true, false]);
    expect(isOpenAt(flag, '2021-06-01T08:59:59.999+02:00')).toBe(true);
  });

  it('as of the moment it was raised is raised, and as of the moment it cleared is cleared', () => {
    expect(flagsAsOf([flag], '2021-04-30T23:59:59.999+02:00')).toEqual([]);
    expect(flagsAsOf([flag], flag.raisedAt)).toEqual([{ ...flag, clearedAt: null, eventIds: ['a-1'] }]);
    expect(flagsAsOf([flag], '2021-06-01T07:00:00Z')).toEqual([flag]);
  });

  it('as of a moment before it cleared keeps every event but the clearing one', () => {
    const reraised = { ...flag, eventIds: ['a-1', 'a-2', 'a-3'] };
    expect(flagsAsOf([reraised], '2021-05-15T00:00:00Z')).toEqual([{ ...flag, clearedAt: null, eventIds: ['a-1', 'a-2'] }]);
  });
});

import { donorDisclosure, type DisclosureRule } from './disclosure';
import { governmentActionReport } from './government-action-report';
import type { ReportEvent } from './report-event';
import { InvalidReportingPeriod, previousPeriod, reportingPeriod } from './reporting-period';

const P2122 = reportingPeriod('2021-22');
const LATER = '2030-01-01T00:00:00Z';

/** Events of one case, recorded when they occurred unless `recordedAt` says otherwise. */
function caseEvents(caseId: string, steps: [type: string, occurredAt: string, data?: Record<string, unknown>, recordedAt?: string][]): ReportEvent[] {
  return steps.map(([type, occurredAt, data = {}, recordedAt], i) => ({
    eventId: `${caseId}-${i + 1}`,
    caseId,
    version: i + 1,
    type,
    occurredAt,
    recordedAt: recordedAt ?? occurredAt,
    data: { occurredAt, ...data },
  }));
}

const referral = (form = 'labour') => ['CaseReferred', '2020-01-01T09:00:00+02:00', { form }] as [string, string, Record<string, unknown>];
const DONOR = donorDisclosure(new Uint8Array(32).fill(3));
const report = (events: ReportEvent[], knownAt = LATER, donor: DisclosureRule | null = null) => governmentActionReport(events, P2122, knownAt, donor);

describe('the reporting period', () => {
  it('given 2021-22, runs from 1 April 2021 to 1 April 2022, Lesotho time', () => {
    expect(P2122).toEqual({ name: '2021-22', from: '2021-04-01T00:00:00+02:00', to: '2022-04-01T00:00:00+02:00' });
    expect(previousPeriod(P2122).name).toBe('2020-21');
  });
  it.each(['2021', '2021-23', '21-22', '2021-2022'])('refuses %s', (name) => {
    expect(() => reportingPeriod(name)).toThrow(InvalidReportingPeriod);
  });
});

describe('the government-action report', () => {
  it('given an investigation opened at 23:59 on 31 March 2022 and one at 00:00 on 1 April 2022, counts only the first', () => {
    const events = [
      ...caseEvents('a', [referral('labour'), ['InvestigationOpened', '2022-03-31T23:59:00+02:00']]),
      ...caseEvents('b', [referral('sex'), ['InvestigationOpened', '2022-04-01T00:00:00+02:00']]),
    ];
    const r = report(events);
    expect(r.investigations.initiated).toEqual({ total: 1, byForm: { labour: 1 } });
  });

  it('given an investigation opened before the period and still open, counts it as continued; one closed before, not', () => {
    const events = [
      ...caseEvents('a', [referral(), ['InvestigationOpened', '2020-06-01T09:00:00+02:00']]),
      ...caseEvents('b', [referral(), ['InvestigationOpened', '2020-06-01T09:00:00+02:00'], ['InvestigationClosed', '2021-01-01T09:00:00+02:00', { reason: 'x' }]]),
      ...caseEvents('c', [referral(), ['InvestigationOpened', '2020-06-01T09:00:00+02:00'], ['InvestigationClosed', '2021-05-01T09:00:00+02:00', { reason: 'x' }]]),
      ...caseEvents('d', [referral(), ['InvestigationOpened', '2020-06-01T09:00:00+02:00'], ['SuspectIdentified', '2020-06-02T09:00:00+02:00', { suspectRef: 's' }], ['ChargesFiled', '2021-03-01T09:00:00+02:00', { suspectRef: 's', statute: 'other' }]]),
    ];
    const r = report(events);
    expect(r.investigations.continued).toBe(2);
    expect(r.investigations.closed).toBe(1);
    expect(r.previous.investigations.initiated.total).toBe(4);
    expect(r.previous.investigations.closed).toBe(1);
  });

  it('counts prosecutions by accused, continued until a verdict or withdrawal, and outcomes in the period', () => {
    const events = caseEvents('a', [
      referral('sex'),
      ['SuspectIdentified', '2020-05-01T09:00:00+02:00', { suspectRef: 's1', isGovernmentOfficial: true }],
      ['SuspectIdentified', '2021-05-01T09:00:00+02:00', { suspectRef: 's2', isGovernmentOfficial: false }],
      ['SuspectIdentified', '2020-02-01T09:00:00+02:00', { suspectRef: 's3', isGovernmentOfficial: false }],
      ['ChargesFiled', '2021-02-01T09:00:00+02:00', { suspectRef: 's1', statute: 'anti_trafficking_act' }],
      ['ChargesFiled', '2021-06-01T09:00:00+02:00', { suspectRef: 's2', statute: 'other' }],
      ['ChargesFiled', '2021-02-01T09:00:00+02:00', { suspectRef: 's3', statute: 'other' }],
      ['ChargesWithdrawn', '2021-03-01T09:00:00+02:00', { suspectRef: 's3' }],
      ['VerdictDelivered', '2021-09-01T09:00:00+02:00', { suspectRef: 's1', outcome: 'convicted', statute: 'anti_trafficking_act' }],
      ['VerdictDelivered', '2021-10-01T09:00:00+02:00', { suspectRef: 's2', outcome: 'acquitted', statute: 'other' }],
    ]);
    const r = report(events);
    expect(r.prosecutions).toEqual({ initiated: { total: 1, cases: 1, byForm: { sex: 1 } }, continued: 1, continuedCases: 1 });
    expect(r.convictions).toEqual({ total: 1, antiTraffickingAct: 1, otherLaw: 0 });
    expect(r.acquittals).toBe(1);
    expect(r.withdrawals).toBe(0);
    expect(r.previous.withdrawals).toBe(1);
    expect(r.officials).toEqual({ investigated: 0, prosecuted: 0, convicted: 1 });
    expect(r.previous.officials).toEqual({ investigated: 1, prosecuted: 1, convicted: 0 });
  });

  it('classifies sentences', () => {
    const sentence = (at: string, imprisonmentMonths: number, suspendedMonths: number, fine: number | null, fineInLieuOfPrison: boolean) =>
      ['SentenceImposed', at, { suspectRef: 's', imprisonmentMonths, suspendedMonths, fine, fineInLieuOfPrison }] as [string, string, Record<string, unknown>];
    const events = caseEvents('a', [
      referral(),
      sentence('2021-05-01T09:00:00+02:00', 120, 0, null, false),
      sentence('2021-05-02T09:00:00+02:00', 120, 120, 10000, false),
      sentence('2021-05-03T09:00:00+02:00', 0, 0, 5000, false),
      sentence('2021-05-04T09:00:00+02:00', 24, 0, 5000, true),
      sentence('2021-05-05T09:00:00+02:00', 12, 6, null, false),
    ]);
    expect(report(events).sentences).toEqual({ total: 5, prisonAtLeast12Months: 1, suspendedOnly: 1, fineOnly: 1, fineInLieuOfPrison: 1 });
  });

  it('counts summonses issued, served, failed, outstanding at the end, and the median days to service', () => {
    const events = caseEvents('a', [
      referral(),
      ['SummonsIssued', '2021-05-01T09:00:00+02:00', { summonsRef: 'x', returnDate: '2021-05-01' }],
      ['SummonsServiceFailed', '2021-05-02T09:00:00+02:00', { summonsRef: 'x' }],
      ['SummonsServed', '2021-05-11T09:00:00+02:00', { summonsRef: 'x' }],
      ['SummonsIssued', '2021-06-01T09:00:00+02:00', { summonsRef: 'y', returnDate: '2021-06-01' }],
      ['SummonsServed', '2021-06-05T09:00:00+02:00', { summonsRef: 'y' }],
      ['SummonsIssued', '2022-03-31T23:59:00+02:00', { summonsRef: 'z', returnDate: '2022-03-31' }],
      ['SummonsServed', '2022-04-01T00:00:00+02:00', { summonsRef: 'z' }],
    ]);
    const r = report(events);
    expect(r.summonses).toEqual({ issued: 3, served: 2, failed: 1, outstandingAtEnd: 1, medianDaysToService: 7 });
    expect(r.previous.summonses.medianDaysToService).toBeNull();
  });

  it('counts dockets before the DPP at the end of the period and how long they have waited', () => {
    const events = [
      ...caseEvents('a', [referral(), ['DocketSubmittedToDpp', '2022-03-01T09:00:00+02:00']]),
      ...caseEvents('b', [referral(), ['DocketSubmittedToDpp', '2022-01-30T09:00:00+02:00'], ['DppDecisionRecorded', '2022-04-01T00:00:00+02:00', { decision: 'prosecute' }]]),
      ...caseEvents('c', [referral(), ['DocketSubmittedToDpp', '2021-06-01T09:00:00+02:00'], ['DppDecisionRecorded', '2022-03-31T23:59:00+02:00', { decision: 'decline' }]]),
    ];
    expect(report(events).dpp).toEqual({ casesPendingAtEnd: 2, medianDaysPending: (31 + 61) / 2 });
  });

  it('counts victims identified with breakdowns, distinct victims referred, and gives donors them rounded, small ones withheld', () => {
    const victims = Array.from({ length: 12 }, (_, i) =>
      ['VictimIdentified', '2021-07-01T09:00:00+02:00', { victimRef: `v${i}`, sex: i < 11 ? 'female' : 'male', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'ngo' }] as [string, string, Record<string, unknown>],
    );
    const events = caseEvents('a', [
      referral(),
      ...victims,
      ['VictimReferredToServices', '2021-07-02T09:00:00+02:00', { victimRef: 'v1' }],
      ['VictimReferredToServices', '2021-07-03T09:00:00+02:00', { victimRef: 'v1' }],
      ['VictimReferredToServices', '2021-07-03T09:00:00+02:00', { victimRef: 'v2' }],
    ]);
    const full = report(events);
    expect(full.victims.identified).toMatchObject({ total: 12, bySex: { female: 11, male: 1 }, byIdentifiedBy: { ngo: 12 } });
    expect(full.victims.referredToServices).toBe(2);
    expect(full.suppressedBelow).toBeUndefined();
    const donor = report(events, LATER, DONOR);
    expect(donor.suppressedBelow).toBe(11);
    expect(donor.disclosure).toMatchObject({ method: 'cell_key_rounding', roundedTo: 5, shownFrom: 15 });
    // 12 rounds to 10 (withheld) or 15; 11 to 10 or 15; the lone male victim is withheld: null, as every empty cell is.
    expect([null, 15]).toContain(donor.victims.identified.total);
    expect(donor.victims.identified.bySex).toMatchObject({ male: null, other: null, unknown: null });
    expect(donor.victims.referredToServices).toBeNull();
    const { total, ...breakdowns } = donor.previous.victims.identified;
    expect(total).toBeNull();
    expect(Object.values(breakdowns).flatMap((cells) => Object.values(cells)).filter((n) => n !== null)).toEqual([]);
    expect(Object.keys(breakdowns.bySex).sort()).toEqual(['female', 'male', 'other', 'unknown']);
    // The count of victims repatriated before testifying is a figure about victims too: 0 is withheld like 1.
    expect(donor.flags.victim_repatriated_before_testimony).toBeNull();
    const exceptVictims = (r: { flags: typeof full.flags }) => ({ victims: null, flags: { ...r.flags, victim_repatriated_before_testimony: null } });
    const { suppressedBelow: _s, disclosure: _d, ...donorFigures } = donor;
    expect({ ...donorFigures, ...exceptVictims(donor), previous: { ...donor.previous, ...exceptVictims(donor.previous) } })
      .toEqual({ ...full, ...exceptVictims(full), previous: { ...full.previous, ...exceptVictims(full.previous) } });
  });

  it('given events recorded late and a correction, answers as known at each moment', () => {
    const events = caseEvents('a', [
      referral(),
      ['InvestigationOpened', '2021-05-01T09:00:00+02:00', {}, '2021-05-01T10:00:00+02:00'],
      ['InvestigationOpened', '2021-06-01T09:00:00+02:00', {}, '2022-06-01T10:00:00+02:00'],
      ['EventCorrected', '2022-07-01T09:00:00+02:00', { correctedEventId: 'a-2', changes: { occurredAt: '2022-05-01T09:00:00+02:00' } }],
    ]);
    expect(report(events, '2022-04-15T00:00:00+02:00').investigations.initiated.total).toBe(1);
    expect(report(events, '2022-06-15T00:00:00+02:00').investigations.initiated.total).toBe(2);
    expect(report(events, LATER).investigations.initiated.total).toBe(1);
  });
});

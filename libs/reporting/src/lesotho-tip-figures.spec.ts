/**
 * The brief's Lesotho figures, as the TIP reports published them, reproduced from histories the domain
 * accepts. The 2022 report covers 2021-22; its `previous` is 2020-21, the 2021 report's year.
 */
import type { Form } from '@casetrail/domain';
import { governmentActionReport } from './government-action-report';
import { reportingPeriod } from './reporting-period';
import { at, RecordedCase, reportEventsOf } from './testing/recorded-case';

/** An investigation opened on `opened`; `official` names the agency of a suspect who is a government official. */
function investigation(id: string, form: Form, opened: string, official?: string): RecordedCase {
  const c = new RecordedCase(id);
  c.refer(at(opened, 8), { form });
  c.investigate(at(opened));
  if (official !== undefined) {
    c.record('IdentifySuspect', { suspectRef: 's1', occurredAt: at(opened, 11), sex: 'male', nationality: 'LS', isGovernmentOfficial: true, officialAgency: official });
  }
  return c;
}

/** Investigated in 2019, docket to the DPP, police file closed; the DPP decides and charges on `charged`. */
function prosecution(id: string, form: Form, charged: string): RecordedCase {
  const c = investigation(id, form, '2019-06-03');
  c.suspect('s1', at('2019-06-04'));
  c.record('SubmitDocket', { occurredAt: at('2019-09-02') });
  c.record('CloseInvestigation', { occurredAt: at('2019-09-03'), reason: 'docket with the DPP' });
  c.record('RecordDppDecision', { occurredAt: at(charged, 9), decision: 'prosecute', forum: 'magistrate' });
  c.record('FileCharges', { suspectRef: 's1', occurredAt: at(charged), statute: 'anti_trafficking_act', counts: 1 });
  return c;
}

function convicted(c: RecordedCase, trial: string, verdict: string): RecordedCase {
  c.record('StartTrial', { suspectRef: 's1', occurredAt: at(trial) });
  c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: at(verdict), outcome: 'convicted', statute: 'anti_trafficking_act' });
  return c;
}

function lesotho(): RecordedCase[] {
  // 2020-21: 4 investigations (one of an official), the 4th closed; 4 prosecutions, 1 conviction.
  const opened2021 = [
    investigation('a1', 'labour', '2020-06-01', 'LMPS'), investigation('a2', 'sex', '2020-08-03'),
    investigation('a3', 'sex', '2020-11-02'), investigation('a4', 'labour', '2021-01-04'),
  ];
  opened2021[3]!.record('CloseInvestigation', { occurredAt: at('2021-03-01'), reason: 'no evidence' });
  const charged2021 = ['2020-05-04', '2020-07-06', '2020-09-07', '2020-12-07'].map((d, i) => prosecution(`b${i + 1}`, 'sex', d));
  convicted(charged2021[0]!, '2020-10-05', '2021-02-15');
  // 2021-22: 10 new investigations (5 labour, 5 unspecified); 16 prosecutions (6 labour, 10 sex); 1 conviction.
  const opened2122 = Array.from({ length: 10 }, (_, i) => investigation(`c${i + 1}`, i < 5 ? 'labour' : 'unknown', `2021-${String(5 + (i % 7)).padStart(2, '0')}-1${i % 9}`));
  const charged2122 = Array.from({ length: 16 }, (_, i) => prosecution(`d${i + 1}`, i < 6 ? 'labour' : 'sex', `2021-${String(4 + (i % 8)).padStart(2, '0')}-0${1 + (i % 9)}`));
  // Ten years and a fine, suspended on condition of leaving the country; the Crown's appeal did not proceed.
  const d9 = convicted(charged2122[8]!, '2021-09-06', '2021-11-15');
  d9.record('ImposeSentence', { suspectRef: 's1', occurredAt: at('2021-11-29'), imprisonmentMonths: 120, suspendedMonths: 120, fine: 100000, fineInLieuOfPrison: false });
  d9.record('FileAppeal', { appealRef: 'crown-1', suspectRef: 's1', occurredAt: at('2021-12-13'), appellant: 'crown' });
  d9.record('DecideAppeal', { appealRef: 'crown-1', occurredAt: at('2022-03-14'), outcome: 'abandoned' });
  return [...opened2021, ...charged2021, ...opened2122, ...charged2122];
}

describe("Lesotho's figures in the TIP reports", () => {
  const report = governmentActionReport(reportEventsOf(...lesotho()), reportingPeriod('2021-22'), '2023-01-01T00:00:00+02:00', null);

  it('2022 report (2021-22): 10 new investigations (5 labour, 5 unspecified) and 3 continued', () => {
    expect(report.investigations.initiated).toEqual({ total: 10, byForm: { labour: 5, unknown: 5 } });
    expect(report.investigations.continued).toBe(3);
  });

  it('2022 report: 16 prosecutions (6 forced labour, 10 sex trafficking), in 16 cases', () => {
    expect(report.prosecutions.initiated).toEqual({ total: 16, cases: 16, byForm: { labour: 6, sex: 10 } });
  });

  it('2022 report: 1 conviction, ten years wholly suspended with a fine, flagged; the appeal abandoned', () => {
    expect(report.convictions).toEqual({ total: 1, antiTraffickingAct: 1, otherLaw: 0 });
    expect(report.sentences).toEqual({ total: 1, prisonAtLeast12Months: 0, suspendedOnly: 1, fineOnly: 0, fineInLieuOfPrison: 0 });
    expect(report.flags.suspended_sentence_for_trafficking).toBe(1);
  });

  it('2021 report (2020-21): 4 investigations, 4 prosecutions, 1 conviction, investigations of officials begun', () => {
    expect(report.previous.investigations.initiated.total).toBe(4);
    expect(report.previous.prosecutions.initiated.total).toBe(4);
    expect(report.previous.convictions.total).toBe(1);
    expect(report.previous.officials.investigated).toBe(1);
    expect(report.complete && report.previous.complete).toBe(true);
  });
});

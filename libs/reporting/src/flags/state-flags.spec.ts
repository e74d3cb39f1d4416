import { at, RecordedCase } from '../testing/recorded-case';
import { caseRedFlags } from './case-flags';
import type { FlagKind } from './red-flag';

const flagsOf = (c: RecordedCase, kind: FlagKind) => caseRedFlags(c.caseId, c.history).filter((f) => f.kind === kind);

describe('docket_missing', () => {
  const investigated = () => {
    const c = new RecordedCase('case-m');
    c.refer(at('2021-04-01'));
    c.investigate(at('2021-04-02'));
    return c;
  };

  it('given a docket reported missing, is raised then and stays open', () => {
    const c = investigated();
    const missing = c.record('ReportDocketMissing', { occurredAt: at('2021-05-03') });
    expect(flagsOf(c, 'docket_missing')).toEqual([
      { caseId: 'case-m', kind: 'docket_missing', ref: null, key: `docket_missing:${missing}`, raisedAt: at('2021-05-03'), clearedAt: null, eventIds: [missing] },
    ]);
  });

  it('given the docket reconstructed, is cleared by the reconstruction; a second loss is a second flag', () => {
    const c = investigated();
    const missing = c.record('ReportDocketMissing', { occurredAt: at('2021-05-03') });
    const rebuilt = c.record('ReconstructDocket', { occurredAt: at('2021-05-20') });
    const again = c.record('ReportDocketMissing', { occurredAt: at('2021-06-01') });
    expect(flagsOf(c, 'docket_missing')).toMatchObject([
      { raisedAt: at('2021-05-03'), clearedAt: at('2021-05-20'), eventIds: [missing, rebuilt] },
      { raisedAt: at('2021-06-01'), clearedAt: null, eventIds: [again] },
    ]);
  });

  it('given a docket never reported missing, is not raised', () => {
    expect(flagsOf(investigated(), 'docket_missing')).toEqual([]);
  });
});

describe('stalled_at_dpp', () => {
  const submitted = (on = at('2021-01-01')) => {
    const c = new RecordedCase('case-d');
    c.refer(at('2020-11-01'));
    c.investigate(at('2020-11-02'));
    const submission = c.record('SubmitDocket', { occurredAt: on });
    return { c, submission };
  };

  it('given a docket submitted on 1 January 2021 and no decision, is raised on day 181 (1 July), 00:00 Lesotho time', () => {
    const { c, submission } = submitted();
    expect(flagsOf(c, 'stalled_at_dpp')).toEqual([{
      caseId: 'case-d', kind: 'stalled_at_dpp', ref: null, key: `stalled_at_dpp:${submission}`,
      raisedAt: '2021-07-01T00:00:00+02:00', clearedAt: null, eventIds: [submission],
    }]);
  });

  it('given a submission at 01:30 Lesotho time (23:30 UTC the day before), counts days from the Lesotho date', () => {
    const { c } = submitted('2020-12-31T23:30:00Z');
    expect(flagsOf(c, 'stalled_at_dpp')).toMatchObject([{ raisedAt: '2021-07-01T00:00:00+02:00' }]);
  });

  it('given a decision late on day 180, is not raised', () => {
    const { c } = submitted();
    c.record('RecordDppDecision', { occurredAt: at('2021-06-30', 23), decision: 'decline' });
    expect(flagsOf(c, 'stalled_at_dpp')).toEqual([]);
  });

  it('given a decision on day 181, is raised at its start and cleared by the decision', () => {
    const { c, submission } = submitted();
    const decision = c.record('RecordDppDecision', { occurredAt: at('2021-07-01', 9), decision: 'decline' });
    expect(flagsOf(c, 'stalled_at_dpp')).toMatchObject([
      { raisedAt: '2021-07-01T00:00:00+02:00', clearedAt: at('2021-07-01', 9), eventIds: [submission, decision] },
    ]);
  });

  it('given the case closed after day 181, is cleared by the closure (nothing waits on the DPP)', () => {
    const { c } = submitted();
    const closure = c.record('CloseCase', { occurredAt: at('2021-08-01'), reason: 'complainant withdrew' });
    expect(flagsOf(c, 'stalled_at_dpp')).toMatchObject([{ clearedAt: at('2021-08-01'), eventIds: [expect.any(String), closure] }]);
  });

  it('given a docket resubmitted after further investigation, judges each submission on its own', () => {
    const { c } = submitted();
    c.record('RecordDppDecision', { occurredAt: at('2021-02-01'), decision: 'further_investigation' });
    const second = c.record('SubmitDocket', { occurredAt: at('2021-03-01') });
    expect(flagsOf(c, 'stalled_at_dpp')).toMatchObject([{ eventIds: [second], raisedAt: '2021-08-29T00:00:00+02:00' }]);
  });
});

describe('summons_overdue and served_late', () => {
  const summoned = () => {
    const c = new RecordedCase('case-s');
    c.refer(at('2021-03-01'));
    c.charge('s1', { investigated: at('2021-03-02'), submitted: at('2021-03-10'), decided: at('2021-04-01'), charged: at('2021-04-10') });
    const issued = c.record('IssueSummons', { summonsRef: 'sum-1', suspectRef: 's1', occurredAt: at('2021-05-01'), court: 'Maseru Magistrate Court', returnDate: '2021-05-20' });
    return { c, issued };
  };
  const serve = (c: RecordedCase, occurredAt: string, outcome: 'served' | 'failed' = 'served') =>
    c.record('RecordSummonsService', { summonsRef: 'sum-1', occurredAt, outcome });

  it('given a summons never served, is overdue from the day after its return date', () => {
    const { c, issued } = summoned();
    serve(c, at('2021-05-10'), 'failed');
    expect(flagsOf(c, 'summons_overdue')).toEqual([{
      caseId: 'case-s', kind: 'summons_overdue', ref: 'sum-1', key: 'summons_overdue:sum-1',
      raisedAt: '2021-05-21T00:00:00+02:00', clearedAt: null, eventIds: [issued],
    }]);
    expect(flagsOf(c, 'served_late')).toEqual([]);
  });

  it('given service at 23:00 on the return date, raises neither', () => {
    const { c } = summoned();
    serve(c, at('2021-05-20', 23));
    expect(flagsOf(c, 'summons_overdue')).toEqual([]);
    expect(flagsOf(c, 'served_late')).toEqual([]);
  });

  it('given service the morning after, clears overdue and raises served_late, which never clears', () => {
    const { c, issued } = summoned();
    const served = serve(c, at('2021-05-21', 8));
    expect(flagsOf(c, 'summons_overdue')).toMatchObject([
      { raisedAt: '2021-05-21T00:00:00+02:00', clearedAt: at('2021-05-21', 8), eventIds: [issued, served] },
    ]);
    expect(flagsOf(c, 'served_late')).toEqual([{
      caseId: 'case-s', kind: 'served_late', ref: 'sum-1', key: 'served_late:sum-1',
      raisedAt: at('2021-05-21', 8), clearedAt: null, eventIds: [issued, served],
    }]);
  });
});

describe('complicity_not_investigated', () => {
  const alleged = () => {
    const c = new RecordedCase('case-c');
    c.refer(at('2021-02-20'), { source: 'ngo' });
    c.suspect('s1', at('2021-02-25'));
    const allegation = c.record('AllegeOfficialComplicity', { suspectRef: 's1', occurredAt: at('2021-03-01'), agency: 'LMPS' });
    return { c, allegation };
  };

  it('given complicity alleged on 1 March and no investigation, is raised on day 31 (1 April)', () => {
    const { c, allegation } = alleged();
    expect(flagsOf(c, 'complicity_not_investigated')).toEqual([{
      caseId: 'case-c', kind: 'complicity_not_investigated', ref: 's1', key: 'complicity_not_investigated:s1',
      raisedAt: '2021-04-01T00:00:00+02:00', clearedAt: null, eventIds: [allegation],
    }]);
  });

  it('given an investigation opened late on day 30, is not raised', () => {
    const { c } = alleged();
    c.investigate(at('2021-03-31', 23));
    expect(flagsOf(c, 'complicity_not_investigated')).toEqual([]);
  });

  it('given an investigation opened on day 31, is raised and cleared by the opening', () => {
    const { c, allegation } = alleged();
    const opened = c.investigate(at('2021-04-01', 9));
    expect(flagsOf(c, 'complicity_not_investigated')).toMatchObject([
      { raisedAt: '2021-04-01T00:00:00+02:00', clearedAt: at('2021-04-01', 9), eventIds: [allegation, opened] },
    ]);
  });

  it('given an investigation opened before the allegation, is not raised', () => {
    const c = new RecordedCase('case-c2');
    c.refer(at('2021-02-20'));
    c.investigate(at('2021-02-21'));
    c.suspect('s1', at('2021-02-25'));
    c.record('AllegeOfficialComplicity', { suspectRef: 's1', occurredAt: at('2021-03-01'), agency: 'LMPS' });
    expect(flagsOf(c, 'complicity_not_investigated')).toEqual([]);
  });
});

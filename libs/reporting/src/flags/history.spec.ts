/** Flags over time: corrections, knownAt (the record then), asOf (the world then), and the per-case fold. */
import { effectiveEvents, isBefore } from '@casetrail/domain';
import { addDays } from './lesotho-day';
import { at, RecordedCase } from '../testing/recorded-case';
import { flagsAsOf, isOpenAt } from './as-of';
import { caseRedFlags, redFlagsOf } from './case-flags';
import { affectsFlags, emptyCaseFlagsFold, flagsOfFold, foldFlagEvent } from './fold';

function summoned() {
  const c = new RecordedCase('case-h');
  c.refer(at('2021-03-01'));
  c.victim('v1', at('2021-03-01', 12));
  c.charge('s1', { investigated: at('2021-03-02'), submitted: at('2021-03-10'), decided: at('2021-04-01'), charged: at('2021-04-10') });
  const issued = c.record('IssueSummons', { summonsRef: 'sum-1', suspectRef: 's1', occurredAt: at('2021-05-01'), court: 'Maseru Magistrate Court', returnDate: '2021-05-20' });
  const served = c.record('RecordSummonsService', { summonsRef: 'sum-1', occurredAt: at('2021-05-18'), outcome: 'served' });
  return { c, issued, served };
}
const kinds = (c: RecordedCase, knownAt?: string) => caseRedFlags(c.caseId, c.history, { knownAt }).map((f) => f.kind);

describe('corrections', () => {
  it('given a return date corrected to before the service, raise summons_overdue (cleared) and served_late', () => {
    const { c } = summoned();
    expect(kinds(c)).toEqual([]);
    c.correct(c.history.find((e) => e.event.type === 'SummonsIssued')!.eventId, { returnDate: '2021-05-10' }, at('2021-06-01'));
    expect(caseRedFlags(c.caseId, c.history)).toMatchObject([
      { kind: 'summons_overdue', raisedAt: '2021-05-11T00:00:00+02:00', clearedAt: at('2021-05-18') },
      { kind: 'served_late', raisedAt: at('2021-05-18') },
    ]);
  });

  it('given a DPP decision corrected from day 60 to day 200, raise stalled_at_dpp; corrected back, it is gone', () => {
    const c = new RecordedCase('case-k');
    c.refer(at('2021-01-01'));
    c.investigate(at('2021-01-02'));
    c.record('SubmitDocket', { occurredAt: at('2021-01-10') });
    const decision = c.record('RecordDppDecision', { occurredAt: at('2021-03-11'), decision: 'decline' });
    expect(kinds(c)).toEqual([]);
    c.correct(decision, { occurredAt: at(addDays('2021-01-10', 200)) }, at('2021-09-01'));
    expect(caseRedFlags(c.caseId, c.history)).toMatchObject([{ kind: 'stalled_at_dpp', raisedAt: '2021-07-10T00:00:00+02:00', clearedAt: at('2021-07-29') }]);
    c.correct(decision, { occurredAt: at('2021-03-11') }, at('2021-09-02'));
    expect(kinds(c)).toEqual([]);
  });

  it('given a referral corrected from 29 to 28 January 2021, the fine in lieu is no longer a flag', () => {
    const c = new RecordedCase('case-f');
    const referral = c.refer(at('2021-01-29'));
    c.charge('s1', { investigated: at('2021-02-01'), submitted: at('2021-02-10'), decided: at('2021-03-01'), charged: at('2021-03-10') });
    c.record('DeliverVerdict', { suspectRef: 's1', occurredAt: at('2021-04-01'), outcome: 'convicted', statute: 'anti_trafficking_act', guiltyPlea: true });
    c.record('ImposeSentence', { suspectRef: 's1', occurredAt: at('2021-04-02'), imprisonmentMonths: 12, suspendedMonths: 0, fine: 8000, fineInLieuOfPrison: true });
    expect(kinds(c)).toEqual(['fine_in_lieu_after_amendment']);
    c.correct(referral, { occurredAt: at('2021-01-28') }, at('2021-05-01'));
    expect(kinds(c)).toEqual([]);
  });
});

describe('knownAt', () => {
  it('given a decision that occurred on day 50 but was recorded on day 250, shows the docket stalled as known on day 200', () => {
    const c = new RecordedCase('case-late');
    c.refer(at('2021-01-01'));
    c.investigate(at('2021-01-02'));
    const submission = c.record('SubmitDocket', { occurredAt: at('2021-01-10') });
    c.record('RecordDppDecision', { occurredAt: at('2021-03-01'), decision: 'decline' }, { recordedAt: at(addDays('2021-01-10', 250)) });
    expect(caseRedFlags(c.caseId, c.history, { knownAt: at(addDays('2021-01-10', 200)) })).toMatchObject([
      { kind: 'stalled_at_dpp', clearedAt: null, eventIds: [submission] },
    ]);
    expect(kinds(c, at(addDays('2021-01-10', 250), 9))).toEqual(['stalled_at_dpp']);
    expect(kinds(c, at(addDays('2021-01-10', 250)))).toEqual([]);
  });

  it('given a correction recorded later, applies it only from the moment it was recorded', () => {
    const { c } = summoned();
    c.correct(c.history.find((e) => e.event.type === 'SummonsIssued')!.eventId, { returnDate: '2021-05-10' }, at('2021-06-01'));
    expect(kinds(c, at('2021-05-31'))).toEqual([]);
    expect(kinds(c, at('2021-06-01'))).toEqual(['summons_overdue', 'served_late']);
  });
});

describe('asOf', () => {
  /** A history using every flag, some raised, some cleared, at different moments. */
  function busy() {
    const c = new RecordedCase('case-busy');
    c.refer(at('2021-02-01'));
    c.victim('v1', at('2021-02-01', 12));
    c.suspect('s9', at('2021-02-02'));
    c.record('AllegeOfficialComplicity', { suspectRef: 's9', occurredAt: at('2021-02-03'), agency: 'Immigration' });
    c.charge('s1', { investigated: at('2021-03-20'), submitted: at('2021-03-25'), decided: at('2021-10-01'), charged: at('2021-10-05') });
    c.record('ReportDocketMissing', { occurredAt: at('2021-06-01') });
    c.record('ReconstructDocket', { occurredAt: at('2021-09-20') });
    c.record('IssueSummons', { summonsRef: 'sum-1', suspectRef: 's1', occurredAt: at('2021-10-06'), court: 'Berea Magistrate Court', returnDate: '2021-10-20' });
    c.record('RecordVictimRepatriation', { victimRef: 'v1', occurredAt: at('2021-10-25'), destination: 'ZA', governmentFunded: true });
    c.record('RecordSummonsService', { summonsRef: 'sum-1', occurredAt: at('2021-11-02'), outcome: 'served' });
    c.record('RecordAppearance', { suspectRef: 's1', occurredAt: at('2021-11-10') });
    for (const on of ['2021-11-11', '2021-12-01', '2022-01-10']) c.record('AdjournHearing', { suspectRef: 's1', occurredAt: at(on), reason: 'no interpreter' });
    return c;
  }

  it('given the busy case, raises every kind but the sentences', () => {
    expect(new Set(kinds(busy()))).toEqual(new Set([
      'docket_missing', 'stalled_at_dpp', 'summons_overdue', 'complicity_not_investigated', 'served_late',
      'victim_repatriated_before_testimony', 'repeated_adjournments',
    ]));
  });

  it('given any day, equals the flags of only the events that had occurred by then, seen at that moment', () => {
    const c = busy();
    const all = redFlagsOf(c.caseId, effectiveEvents(c.history));
    for (let day = 0; day <= 400; day += 3) {
      const asOf = at(addDays('2021-02-01', day), 12);
      const occurred = c.history.filter((e) => !isBefore(asOf, e.event.data.occurredAt));
      expect(flagsAsOf(all, asOf)).toEqual(flagsAsOf(redFlagsOf(c.caseId, effectiveEvents(occurred)), asOf));
    }
  });

  it('given a moment between raising and clearing, shows the flag open without its clearing event', () => {
    const flags = caseRedFlags('case-busy', busy().history);
    const missing = flags.find((f) => f.kind === 'docket_missing')!;
    expect(flagsAsOf([missing], at('2021-07-01'))).toEqual([{ ...missing, clearedAt: null, eventIds: missing.eventIds.slice(0, 1) }]);
    expect(isOpenAt(missing, at('2021-07-01'))).toBe(true);
    expect(isOpenAt(missing, missing.clearedAt!)).toBe(false);
    expect(isOpenAt(missing, missing.raisedAt)).toBe(true);
    expect(flagsAsOf([missing], at('2021-05-31'))).toEqual([]);
  });
});

describe('the per-case fold a read model keeps', () => {
  it('given every event in stream order, gives the flags of the whole history, keeping only what flags read', () => {
    const { c } = summoned();
    c.record('ReferVictimToServices', { victimRef: 'v1', occurredAt: at('2021-05-19'), service: 'shelter', provider: 'MoSD', governmentFunded: true });
    c.correct(c.history.find((e) => e.event.type === 'SummonsIssued')!.eventId, { returnDate: '2021-05-10' }, at('2021-06-01'));
    const fold = c.history.reduce(foldFlagEvent, emptyCaseFlagsFold(c.caseId));
    expect(flagsOfFold(fold)).toEqual(caseRedFlags(c.caseId, c.history));
    expect(fold.events.map((e) => e.event.type)).not.toContain('ReferVictimToServices');
    expect(fold.events.map((e) => e.event.type)).not.toContain('VictimIdentified');
    expect(affectsFlags({ type: 'EventCorrected', data: { correctedEventId: 'x', correctedType: 'VictimReferredToServices', changes: {}, reason: 'r', occurredAt: at('2021-06-01') } })).toBe(false);
  });
});

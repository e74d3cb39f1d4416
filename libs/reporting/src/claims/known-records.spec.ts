import { reportingPeriod } from '../reporting-period';
import { at, RecordedCase, reportEventsOf } from '../testing/recorded-case';
import { figureValues, rememberingFigureValues } from './figure-values';
import { KnownRecords } from './known-records';

const LATE = '2022-03-01T00:00:00.000Z';

/** Two cases before the DPP; one decided by an event recorded late (at LATE). */
function record() {
  const a = new RecordedCase('a');
  a.refer(at('2021-06-01'));
  a.investigate(at('2021-06-02'));
  a.record('SubmitDocket', { occurredAt: at('2021-10-01') });
  a.record('RecordDppDecision', { occurredAt: at('2021-11-05'), decision: 'prosecute', forum: 'magistrate' }, { recordedAt: LATE });
  const b = new RecordedCase('b');
  b.refer(at('2021-06-01'));
  b.investigate(at('2021-06-02'));
  b.record('SubmitDocket', { occurredAt: at('2021-10-02') });
  return reportEventsOf(a, b);
}

describe('a scope\'s records as known at moments', () => {
  it('given the moment an event was recorded, then it is known then and not a millisecond before', () => {
    const records = new KnownRecords(record());
    const justBefore = new Date(Date.parse(LATE) - 1).toISOString();
    expect(records.known(LATE)).toHaveLength(7);
    expect(records.known(justBefore)).toHaveLength(6);
  });

  it('given two moments that know the same events, then they share one record; a moment that knows fewer gets its own', () => {
    const records = new KnownRecords(record());
    expect(records.facts('2022-06-01T00:00:00.000Z')).toBe(records.facts('2023-01-01T00:00:00.000Z'));
    expect(records.facts('2022-01-01T00:00:00.000Z')).not.toBe(records.facts('2023-01-01T00:00:00.000Z'));
    expect(records.known('2022-01-01T00:00:00.000Z')).not.toEqual(records.known('2023-01-01T00:00:00.000Z'));
  });

  it('given many moments, then the remembered figures are those computed afresh, before and after the late event', () => {
    const events = record();
    const remembering = rememberingFigureValues();
    const now = '2023-01-01T00:00:00.000Z';
    const moments = ['2021-10-01T12:00:00+02:00', '2022-01-01T00:00:00.000Z', LATE, '2022-06-01T00:00:00.000Z', now];
    for (const knownAt of moments) {
      for (const question of [{ asOf: at('2021-11-08') }, { period: reportingPeriod('2021-22') }]) {
        expect([knownAt, remembering(events, question, knownAt, now)]).toEqual([knownAt, figureValues(events, question, knownAt, now)]);
      }
    }
    expect(remembering(events, { asOf: at('2021-11-08') }, '2022-01-01T00:00:00.000Z', now).get('dpp.casesPending')).toBe(2);
    expect(remembering(events, { asOf: at('2021-11-08') }, now, now).get('dpp.casesPending')).toBe(1);
  });
});

import type { ClaimAssertion } from '@casetrail/domain';
import { at, RecordedCase, reportEventsOf } from '../testing/recorded-case';
import { evaluateAssertion } from './claim-evaluation';
import { isClaimableFigure, REPORT_FIGURE_PATHS } from './figure-paths';

const MADE_AT = '2021-11-08T10:00:00+02:00';
const MOMENTS = { madeAt: MADE_AT, recordedAt: '2022-01-01T00:00:00.000Z', now: '2023-01-01T00:00:00.000Z' };
const LATE = '2022-06-01T00:00:00.000Z';
const pending = (value: number): ClaimAssertion => ({ figure: 'dpp.casesPending', period: null, asOf: MADE_AT, district: null, value });

/** A case whose docket went to the DPP on `submitted`, recorded as it happened. */
function beforeTheDpp(caseId: string, submitted: string): RecordedCase {
  const c = new RecordedCase(caseId);
  c.refer(at('2021-06-01'));
  c.investigate(at('2021-06-02'));
  c.record('SubmitDocket', { occurredAt: submitted });
  return c;
}

describe('a claim assertion against the record', () => {
  it('given two dockets before the DPP then (and one closed, one submitted after), then 2 is supported and 3 is not', () => {
    const closed = beforeTheDpp('d', at('2021-10-01'));
    closed.record('CloseCase', { occurredAt: at('2021-10-20'), reason: 'withdrawn by the police' });
    const events = reportEventsOf(beforeTheDpp('a', at('2021-10-01')), beforeTheDpp('b', at('2021-10-02')), closed, beforeTheDpp('e', at('2021-11-09')));
    expect(evaluateAssertion(events, pending(2), MOMENTS, false)).toEqual({
      ...pending(2), verdict: 'supported', recordedValue: 2, valueNow: 2, valueAsKnownAtMadeAt: 2,
    });
    expect(evaluateAssertion(events, pending(3), MOMENTS, false)).toMatchObject({ verdict: 'not_supported', recordedValue: 2, valueNow: 2 });
  });

  it('given a decision that occurred before the claim but was recorded after it, then restated, naming it and not an unrelated late event', () => {
    const a = beforeTheDpp('a', at('2021-10-01'));
    const decision = a.record('RecordDppDecision', { occurredAt: at('2021-11-05'), decision: 'decline', forum: null }, { recordedAt: LATE });
    const b = beforeTheDpp('b', at('2021-10-02'));
    b.record('IdentifySuspect', { suspectRef: 's1', occurredAt: at('2021-10-03'), sex: 'male', nationality: 'LS', isGovernmentOfficial: false }, { recordedAt: LATE });
    const result = evaluateAssertion(reportEventsOf(a, b), pending(2), MOMENTS, false);
    expect(result).toMatchObject({ verdict: 'restated', recordedValue: 2, valueNow: 1 });
    expect(result).toHaveProperty('changedBy', [{ eventId: decision, type: 'DppDecisionRecorded', occurredAt: at('2021-11-05'), recordedAt: LATE }]);
  });

  it('given a correction recorded later that moves a docket before the claim, then restated, naming the correction', () => {
    const c = beforeTheDpp('c', at('2021-12-01'));
    const submitted = c.history[c.history.length - 1]!.eventId;
    const correction = c.correct(submitted, { occurredAt: at('2021-10-01') }, LATE);
    const result = evaluateAssertion(reportEventsOf(c), pending(0), MOMENTS, false);
    expect(result).toMatchObject({ verdict: 'restated', recordedValue: 0, valueNow: 1, changedBy: [expect.objectContaining({ eventId: correction, type: 'EventCorrected' })] });
  });

  it('given a donor and a figure about victims, then suppressed with no value; another role gets the values', () => {
    const c = beforeTheDpp('v', at('2021-10-01'));
    c.victim('v1', at('2021-10-02'));
    const victims: ClaimAssertion = { figure: 'victims.identified.total', period: '2021-22', asOf: null, district: null, value: 1 };
    expect(evaluateAssertion(reportEventsOf(c), victims, MOMENTS, true)).toEqual({ ...victims, verdict: 'suppressed' });
    expect(evaluateAssertion(reportEventsOf(c), victims, MOMENTS, false)).toMatchObject({ verdict: 'supported', recordedValue: 1 });
    expect(evaluateAssertion(reportEventsOf(c), pending(1), MOMENTS, true)).toMatchObject({ verdict: 'supported', recordedValue: 1 });
  });
});

describe('the figures a claim may state', () => {
  it('names every figure of a period, breakdown cells included, and nothing that is not a figure', () => {
    expect(REPORT_FIGURE_PATHS).toEqual(expect.arrayContaining([
      'convictions.total', 'investigations.initiated.byForm.labour', 'victims.identified.bySex.female', 'victims.identified.byNationality.CN',
      'flags.summons_overdue', 'dpp.casesPendingAtEnd', 'summonses.medianDaysToService',
    ]));
    expect(REPORT_FIGURE_PATHS.filter((path) => /^(previous|scope|period|from|to|knownAt|complete)\b/.test(path))).toEqual([]);
    expect(isClaimableFigure('dpp.casesPending')).toBe(true);
    expect(isClaimableFigure('convictions')).toBe(false);
    expect(isClaimableFigure('convictions.total.x')).toBe(false);
  });
});

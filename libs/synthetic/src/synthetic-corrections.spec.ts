import type { EventCorrectedData } from '@casetrail/domain';
import { SeededRandom } from './random';
import { emptyTally, syntheticCases } from './synthetic-cases';

/**
 * Issue #20: the randomised read-model tests load corrections of every field a read model keeps; here the
 * loader is held to it, so a correction dropped or narrowed on the way (never recorded, or only ever a time)
 * is noticed rather than silently making those tests weaker.
 */
const UNTIL = '2024-06-30T00:00:00+02:00';
function load(options: { correctionRate?: number; correctAnyField?: boolean }) {
  const tally = emptyTally();
  const base = { from: Date.parse('2018-04-01T00:00:00+02:00'), until: Date.parse(UNTIL), now: UNTIL };
  const cases = [...syntheticCases(new SeededRandom(1000), 200, { ...base, ...options }, tally)];
  const events = cases.flatMap((c) => c.commands.flatMap((command) => command.events));
  const corrections = events.filter((e) => e.event.type === 'EventCorrected').map((e) => e.event.data as EventCorrectedData);
  return { tally, corrections };
}

describe('the synthetic loader', () => {
  it('given corrections of any field at a rate of 0.2, records about that share, changing a referral district and form, a DPP decision and times', () => {
    const { tally, corrections } = load({ correctionRate: 0.2, correctAnyField: true });
    expect(corrections.length).toBeGreaterThanOrEqual(20);
    expect(corrections.length + (tally.refusedCommands.CorrectEvent ?? 0)).toBeLessThanOrEqual(200);
    const changed = new Set(corrections.map((c) => Object.keys(c.changes).sort().join('+')));
    // A correction picks any earlier event, so a summons or a DPP decision is rarely its target (docs/testing.md).
    expect([...changed].sort()).toEqual(expect.arrayContaining(['district', 'form', 'occurredAt']));
    expect([...changed].filter((keys) => keys.startsWith('decision'))).not.toEqual([]);
    expect(corrections.map((c) => c.correctedType)).toContain('CaseReferred');
  });

  it('given the default, corrects only times, never a referral, in about 5% of cases', () => {
    const { corrections } = load({});
    expect(corrections.length).toBeGreaterThanOrEqual(3);
    expect(corrections.filter((c) => Object.keys(c.changes).join() !== 'occurredAt' || c.correctedType === 'CaseReferred')).toEqual([]);
  });
});

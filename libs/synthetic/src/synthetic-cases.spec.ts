import { CASE_EVENT_TYPES, type CaseEventType } from '@casetrail/domain';
import { caseRedFlags, FLAG_KINDS, type FlagKind, type RedFlag } from '@casetrail/reporting';
import { SeededRandom } from './random';
import { emptyTally, syntheticCases } from './synthetic-cases';

/** The demo's load (apps/api/src/demo.ts: 300 cases, seed 2021, from April 2018), up to a fixed day. */
const UNTIL = '2025-06-30T00:00:00+02:00';
function demoLoad() {
  const tally = emptyTally();
  const options = { from: Date.parse('2018-04-01T00:00:00+02:00'), until: Date.parse(UNTIL), now: UNTIL };
  const cases = [...syntheticCases(new SeededRandom(2021), 300, options, tally)];
  const flags: RedFlag[] = cases.flatMap(({ caseId, commands }) =>
    caseRedFlags(caseId, commands.flatMap((c) => c.events.map((e) => ({ ...e, recordedAt: UNTIL })))),
  );
  return { tally, cases, flags };
}

describe('the synthetic cases of the demo', () => {
  const { tally, cases, flags } = demoLoad();
  const count = <K extends string>(keys: readonly K[], of: (key: K) => number) => Object.fromEntries(keys.map((k) => [k, of(k)]));

  it('given the same seed, are the same cases', () => {
    const again = demoLoad();
    expect(again.cases).toEqual(cases);
  });

  it('record every event type at least once', () => {
    const missing = CASE_EVENT_TYPES.filter((type: CaseEventType) => (tally.eventsByType[type] ?? 0) === 0);
    expect(missing).toEqual([]);
  });

  it('raise every kind of red flag at least once, and clear some state flags', () => {
    const byKind = count(FLAG_KINDS, (kind: FlagKind) => flags.filter((f) => f.kind === kind).length);
    expect(Object.entries(byKind).filter(([, n]) => n === 0)).toEqual([]);
    expect(flags.some((f) => f.clearedAt !== null)).toBe(true);
    expect(flags.some((f) => f.clearedAt === null && f.kind === 'stalled_at_dpp')).toBe(true);
  });

  it('drop nothing silently: every command attempted is recorded or refused by a named rule, and only corrections are refused', () => {
    const refused = Object.values(tally.refused).reduce((a, b) => a + (b ?? 0), 0);
    expect(tally.recorded + refused).toBe(tally.attempted);
    expect(tally.recorded).toBe(cases.reduce((n, c) => n + c.commands.length, 0));
    expect(Object.keys(tally.refusedCommands)).toEqual(refused === 0 ? [] : ['CorrectEvent']);
    expect(tally.eventsByType.EventCorrected ?? 0).toBeGreaterThan(refused);
  });
});

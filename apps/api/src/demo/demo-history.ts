import { emptyTally, syntheticHistory, type RecordedCommand, type SyntheticTally } from '@casetrail/synthetic';

const DAY_MS = 86_400_000;
/** Referrals over the ten years before today: the oldest cases closed long ago, the newest still with the police. */
const YEARS = 10;
/** About twenty referrals a year: the TIP reports' scale for Lesotho (tens of victims, a few convictions a year). */
export const DEMO_CASES = 200;

/**
 * The demo's cases as they reached the record up to `today`: recorded over time, a share late, some
 * corrected weeks or months after the fact, so a figure as known at an earlier day is restated since.
 */
export function demoHistory(today: Date, cases = DEMO_CASES): { history: RecordedCommand[]; tally: SyntheticTally } {
  const until = today.getTime();
  const spanDays = YEARS * 365;
  const tally = emptyTally();
  const history = syntheticHistory(
    {
      cases,
      seed: 2021,
      from: until - spanDays * DAY_MS,
      until,
      now: today.toISOString(),
      spanDays,
      lateShare: 0.06,
      correctionRate: 0.15,
      correctedWithinDays: 240,
    },
    tally,
  );
  return { history, tally };
}

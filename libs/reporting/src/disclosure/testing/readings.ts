import type { DisclosureDescription } from '../disclosure-rule';
import type { Published } from './donor-observations';

/** What an attacker who knows a rule learns from one published figure: the interval the true count is in. */
export type Reading = (published: Published) => readonly [number, number];

/** The old rule: a number is exact, null is 1 to 10, a key absent from a breakdown is 0. */
export const singleCellReading: Reading = (published) =>
  published === undefined ? [0, 0] : published === null ? [1, 10] : [published, published];

/** Cell-key rounding as the answer describes it: a number is within maxDifference (and at least suppressedBelow); withheld is below shownFrom. */
export function cellKeyReading(rule: DisclosureDescription): Reading {
  return (published) =>
    typeof published === 'number'
      ? [Math.max(rule.suppressedBelow, published - rule.maxDifference), published + rule.maxDifference]
      : [0, rule.shownFrom - 1];
}

import { cellKeyOf } from './cell-key';
import { disclosedCount, ROUNDING_BASE, SHOWN_FROM, SUPPRESSED_BELOW } from './cell-key-rounding';
import { isVictimFigure } from './victim-figures';

/** How the figures a donor sees were made safe: part of every answer given to a donor. */
export interface DisclosureDescription {
  readonly method: 'cell_key_rounding';
  /** Victim figures are multiples of this, within `maxDifference` of the true count. */
  readonly roundedTo: number;
  readonly maxDifference: number;
  /** No figure about fewer people than this is given. */
  readonly suppressedBelow: number;
  /** Victim figures below this are null (a breakdown leaves them out): the true count is from 0 to this minus one. */
  readonly shownFrom: number;
  /** The figures the rule applies to (paths, and everything under them); every other figure is exact. */
  readonly appliesTo: readonly string[];
  readonly documentation: string;
}

/** The one rule for every figure a donor can read: the report, its exports, changes, items, flags, claims, bundles. */
export interface DisclosureRule {
  readonly description: DisclosureDescription;
  /** What a donor may see of the figure at `path` that counts `records` (ids of what it counts): null when withheld. */
  figure(path: string, records: readonly string[]): number | null;
  /**
   * The cells of a breakdown a donor may see, one for every value the breakdown can take (`values`), so that
   * a cell's presence says nothing: null where withheld (api.md: "given as null"), as an empty cell is.
   */
  breakdown(path: string, cells: Readonly<Record<string, readonly string[]>>, values: readonly string[]): Record<string, number | null>;
}

export const DISCLOSURE_DESCRIPTION: DisclosureDescription = {
  method: 'cell_key_rounding',
  roundedTo: ROUNDING_BASE,
  maxDifference: ROUNDING_BASE - 1,
  suppressedBelow: SUPPRESSED_BELOW,
  shownFrom: SHOWN_FROM,
  appliesTo: ['victims', 'flags.victim_repatriated_before_testimony'],
  documentation: 'docs/disclosure.md',
};

/** The rule for donors, its rounding keyed by `secret` (at least 32 bytes, the same for the life of the data). */
export function donorDisclosure(secret: Uint8Array): DisclosureRule {
  const cellKey = cellKeyOf(secret);
  const figure = (path: string, records: readonly string[]) => {
    const count = new Set(records).size;
    return isVictimFigure(path) ? disclosedCount(count, cellKey(records)) : count;
  };
  return {
    description: DISCLOSURE_DESCRIPTION,
    figure,
    breakdown(path, cells, values) {
      const keys = [...new Set([...values, ...Object.keys(cells)])];
      return Object.fromEntries(keys.map((key) => [key, figure(`${path}.${key}`, cells[key] ?? [])]));
    },
  };
}

/** For the OpenAPI description of routes a donor reads. */
export const DISCLOSURE_SUMMARY =
  `For a donor, every figure about victims is rounded to a multiple of ${ROUNDING_BASE} (up or down, as a keyed hash of ` +
  `the records it counts decides, so the same records always give the same answer and two answers never cancel ` +
  `each other's rounding); a rounded value below ${SHOWN_FROM} is null (a breakdown lists every value its dimension can take, withheld ones as null). ` +
  `No figure about fewer than ${SUPPRESSED_BELOW} people is given. Other figures are exact. The answer says so ` +
  `under "disclosure" (and "suppressedBelow": ${SUPPRESSED_BELOW}).`;

/** Every victim figure a donor sees is a multiple of this. */
export const ROUNDING_BASE = 5;
/** No figure about fewer people than this is ever given (CTDC's threshold, k = 11). */
export const SUPPRESSED_BELOW = 11;
/** The smallest figure a donor sees: a rounded value below it (0, 5 or 10) is withheld. */
export const SHOWN_FROM = 15;

/**
 * A count rounded to a multiple of ROUNDING_BASE, up or down as the cell key says, up with the probability
 * that keeps it unbiased (21 goes to 25 for one key in five); a multiple of the base stays as it is.
 */
export function roundedByKey(count: number, key: number): number {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count is a whole number from 0, got ${count}`);
  const remainder = count % ROUNDING_BASE;
  const down = count - remainder;
  return remainder > 0 && key < remainder / ROUNDING_BASE ? down + ROUNDING_BASE : down;
}

/**
 * What a donor sees of a count: its rounding, or null when that is below SHOWN_FROM. Zero is withheld like
 * any small count (a cell going from 0 to "withheld" would say "exactly one"); a true count of 11 to 14 is
 * withheld or shown as 15 as its key says, so the moment a figure appears does not reveal its count either.
 */
export function disclosedCount(count: number, key: number): number | null {
  const rounded = roundedByKey(count, key);
  return rounded < SHOWN_FROM ? null : rounded;
}

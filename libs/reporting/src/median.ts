/** The median of `values`, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const DAY_MS = 86_400_000;
const LESOTHO_OFFSET_MS = 2 * 3_600_000;

/** Whole calendar days (Lesotho time) from one moment to another. */
export function daysBetween(from: number, to: number): number {
  const day = (t: number) => Math.floor((t + LESOTHO_OFFSET_MS) / DAY_MS);
  return day(to) - day(from);
}

/** The value at a report figure's dotted path (as the API names figures). */
export function figureAt(report: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), report);
}

/**
 * What the page must show for a figure the API answered: its number; "fewer than N" where a donor's victim
 * figure was suppressed; a dash for any other null (a median of nothing) or a key only the other period has.
 */
export function expectedCell(figure: string, value: unknown, suppressedBelow: number | undefined) {
  if (value === null && suppressedBelow && figure.startsWith('victims.identified.')) {
    return { value: null, suppressed: true, text: `fewer than ${suppressedBelow}` };
  }
  if (value === null || value === undefined) return { value: null, suppressed: false, text: '–' };
  return { value: String(value), suppressed: false };
}

/** The reporting period (1 April to 31 March, Lesotho time) `back` periods before the one now. */
export function periodBefore(now: Date, back: number): string {
  const day = new Date(now.getTime() + 2 * 3600_000).toISOString().slice(0, 10);
  const start = (day.slice(5) >= '04-01' ? Number(day.slice(0, 4)) : Number(day.slice(0, 4)) - 1) - back;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** What a donor's withheld figure is under, as the answer's disclosure rule states it (shownFrom). */
export const withheldBelow = (report: { suppressedBelow?: number; disclosure?: { shownFrom: number } }): number | undefined =>
  report.disclosure?.shownFrom ?? report.suppressedBelow;

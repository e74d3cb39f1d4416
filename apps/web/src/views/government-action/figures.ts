import type { Count, Figures } from '../../api/types';
import { strings, word } from '../../strings';

/** A row of the report: a figure's dotted path (as the API names it), its label, and whether it is a breakdown. */
export interface FigureRow {
  readonly path: string;
  readonly label: string;
  readonly breakdown: boolean;
}

type Breakdown = keyof typeof strings.breakdowns;

/** The report's figures in reading order, by group; `*` stands for every key of a breakdown. */
const GROUPS: readonly { group: keyof typeof strings.figureGroups; paths: readonly string[] }[] = [
  { group: 'investigations', paths: ['investigations.initiated.total', 'investigations.initiated.byForm.*', 'investigations.continued', 'investigations.closed'] },
  {
    group: 'prosecutions',
    paths: ['prosecutions.initiated.total', 'prosecutions.initiated.cases', 'prosecutions.initiated.byForm.*', 'prosecutions.continued'],
  },
  {
    group: 'outcomes',
    paths: [
      'convictions.total', 'convictions.antiTraffickingAct', 'convictions.otherLaw', 'acquittals', 'withdrawals', 'sentences.total',
      'sentences.prisonAtLeast12Months', 'sentences.suspendedOnly', 'sentences.fineOnly', 'sentences.fineInLieuOfPrison',
    ],
  },
  {
    group: 'summonses',
    paths: [
      'summonses.issued', 'summonses.served', 'summonses.failed', 'summonses.outstandingAtEnd', 'summonses.medianDaysToService',
      'dpp.casesPendingAtEnd', 'dpp.medianDaysPending',
    ],
  },
  { group: 'officials', paths: ['officials.investigated', 'officials.prosecuted', 'officials.convicted'] },
  {
    group: 'victims',
    paths: [
      'victims.identified.total', 'victims.identified.bySex.*', 'victims.identified.byAgeGroup.*', 'victims.identified.byNationality.*',
      'victims.identified.byForm.*', 'victims.identified.byIdentifiedBy.*', 'victims.referredToServices',
    ],
  },
];

/** What a withheld figure is known to be under: the disclosure rule's `shownFrom` (the contract's older
 * `suppressedBelow` only when the answer names no rule). */
export const withheldBelow = (report: { suppressedBelow?: number; disclosure?: { shownFrom: number } }): number | undefined =>
  report.disclosure?.shownFrom ?? report.suppressedBelow;

/** Figures a donor's answer may suppress (null there means "fewer than suppressedBelow"; elsewhere, "none"). */
const SUPPRESSIBLE = ['victims.identified.'];

export const suppressible = (path: string): boolean => SUPPRESSIBLE.some((prefix) => path.startsWith(prefix));

/** The value at a dotted path: a number, null (suppressed), or undefined (this answer has no such figure). */
export function figureAt(figures: Figures, path: string): Count | undefined {
  let value: unknown = figures;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'number' || value === null ? value : undefined;
}

function keysAt(figures: Figures, path: string): string[] {
  let value: unknown = figures;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value && typeof value === 'object' ? Object.keys(value) : [];
}

/** The groups of rows these answers hold (a breakdown lists every key any of them has). */
export function figureGroups(...answers: readonly Figures[]): { label: string; rows: FigureRow[] }[] {
  return GROUPS.map(({ group, paths }) => ({
    label: strings.figureGroups[group],
    rows: paths.flatMap((path): FigureRow[] => {
      if (!path.endsWith('.*')) {
        const present = answers.some((a) => figureAt(a, path) !== undefined);
        return present ? [{ path, label: strings.figures[path] ?? path, breakdown: false }] : [];
      }
      const parent = path.slice(0, -2);
      const breakdown = parent.split('.').at(-1) as Breakdown;
      const keys = [...new Set(answers.flatMap((a) => keysAt(a, parent)))].sort();
      return keys.map((key) => ({
        path: `${parent}.${key}`,
        label: strings.breakdowns[breakdown](word(strings.words, key)),
        breakdown: true,
      }));
    }),
  })).filter((g) => g.rows.length > 0);
}

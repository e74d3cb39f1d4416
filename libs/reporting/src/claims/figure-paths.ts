import { AGE_GROUPS, FORMS, IDENTIFIED_BY, NATIONALITIES, SEXES } from '@casetrail/domain';
import { governmentActionFigures, type GovernmentActionFigures } from '../government-action';

/** Figures stated as of a moment rather than for a period: the cases before the DPP then. */
export const AS_OF_FIGURES = ['dpp.casesPending'] as const;
export type AsOfFigure = (typeof AS_OF_FIGURES)[number];

export const isAsOfFigure = (path: string): path is AsOfFigure => (AS_OF_FIGURES as readonly string[]).includes(path);

/** Breakdowns whose cells exist only where something was counted: every value they can take is a figure. */
const OPEN_BREAKDOWNS: Readonly<Record<string, readonly string[]>> = {
  'investigations.initiated.byForm': FORMS,
  'prosecutions.initiated.byForm': FORMS,
  'victims.identified.bySex': SEXES,
  'victims.identified.byAgeGroup': AGE_GROUPS,
  'victims.identified.byNationality': NATIONALITIES,
  'victims.identified.byForm': FORMS,
  'victims.identified.byIdentifiedBy': IDENTIFIED_BY,
};

/** The dotted path of every number (or null) under `value`, with the number. */
function leaves(value: unknown, prefix: string, into: Map<string, number | null>): Map<string, number | null> {
  if (value === null || typeof value === 'number') into.set(prefix, value);
  else if (typeof value === 'object') for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}

/** A period's figures by path, every cell of every breakdown present (0 where nothing was counted). */
export function figuresByPath(figures: GovernmentActionFigures): Map<string, number | null> {
  const byPath = new Map<string, number | null>();
  for (const [breakdown, values] of Object.entries(OPEN_BREAKDOWNS)) for (const value of values) byPath.set(`${breakdown}.${value}`, 0);
  return leaves(figures, '', byPath);
}

/** Every report figure's path (the contract's "figure path"), sorted. */
export const REPORT_FIGURE_PATHS: readonly string[] = [...figuresByPath(governmentActionFigures([], 0, 1)).keys()].sort();

const KNOWN = new Set<string>([...REPORT_FIGURE_PATHS, ...AS_OF_FIGURES]);

/** Whether a claim may state the figure at `path`: a report figure, or one as of a moment. */
export const isClaimableFigure = (path: string): boolean => KNOWN.has(path);

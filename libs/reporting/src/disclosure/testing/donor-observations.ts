import { governmentActionReport, type GovernmentActionReport } from '../../government-action-report';
import type { GovernmentActionFigures } from '../../government-action';
import type { ReportEvent } from '../../report-event';
import type { ReportingPeriod } from '../../reporting-period';
import { VICTIM_BREAKDOWNS } from '../../victim-records';

/** A victim figure as a donor saw it: a number, null (withheld), or absent from its breakdown. */
export type Published = number | null | undefined;

export interface Cell {
  readonly moment: number;
  readonly scope: string;
  readonly period: string;
  readonly path: string;
  readonly published: Published;
  /** The true count, for judging the attack afterwards; attackers never read it. */
  readonly truth: number;
}

/** Everything a donor could fetch about victims: each moment, each scope, each period. */
export interface DonorObservations {
  readonly moments: number;
  /** `national` first, then each district. */
  readonly scopes: readonly string[];
  readonly periods: readonly string[];
  /** Every key each breakdown could have (`victims.identified.bySex` → `female`, ...), as an attacker is assumed to know. */
  readonly breakdowns: Readonly<Record<string, readonly string[]>>;
  readonly cells: ReadonlyMap<string, Cell>;
  /** Per step (moment to moment + 1): whether a figure that is not about victims changed, so that event touched no victim. */
  readonly otherFiguresChanged: readonly boolean[];
}

/** The report a donor gets under some rule. */
export type DonorView = (events: readonly ReportEvent[], period: ReportingPeriod, knownAt: string) => GovernmentActionReport;

export const NATIONAL = 'national';
export const cellId = (moment: number, scope: string, period: string, path: string) => `${moment}|${scope}|${period}|${path}`;
export const TOTAL = 'victims.identified.total';
export const REFERRED = 'victims.referredToServices';

/** Paths of every victim figure of one answer, given the breakdowns' keys. */
export function victimPaths(breakdowns: Readonly<Record<string, readonly string[]>>): string[] {
  return [TOTAL, REFERRED, ...Object.entries(breakdowns).flatMap(([name, keys]) => keys.map((key) => `${name}.${key}`))];
}

function valueAt(figures: GovernmentActionFigures, path: string): Published {
  let value: unknown = figures;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value as Published;
}

const withoutVictims = (report: GovernmentActionReport) => JSON.stringify({ ...report, knownAt: null, victims: null, previous: { ...report.previous, victims: null } });

/** One answer a donor got (and the same answer without any rule, to judge the attack afterwards). */
export interface Answer {
  readonly moment: number;
  readonly scope: string;
  readonly shown: GovernmentActionReport;
  readonly truth: GovernmentActionReport;
}

/** The cells of every answer, the breakdowns' keys, and the steps at which a figure not about victims moved. */
export function observationsFrom(answers: readonly Answer[], moments: number): DonorObservations {
  const figures = answers.flatMap(({ moment, scope, shown, truth }) => [
    { moment, scope, period: truth.period, shown: shown as GovernmentActionFigures, truth: truth as GovernmentActionFigures },
    { moment, scope, period: truth.previous.period, shown: shown.previous, truth: truth.previous },
  ]);
  const breakdowns = Object.fromEntries(VICTIM_BREAKDOWNS.map((name) => {
    const keys = new Set(figures.flatMap((a) => Object.keys(a.truth.victims.identified[name])));
    return [`victims.identified.${name}`, [...keys].sort()];
  }));
  const cells = new Map<string, Cell>();
  for (const { moment, scope, period, shown, truth } of figures) {
    for (const path of victimPaths(breakdowns)) {
      cells.set(cellId(moment, scope, period, path), { moment, scope, period, path, published: valueAt(shown, path), truth: valueAt(truth, path) ?? 0 });
    }
  }
  const fingerprints = Array.from({ length: moments }, (_, m) => answers.filter((a) => a.moment === m).map((a) => withoutVictims(a.shown)).join());
  return {
    moments,
    scopes: [...new Set(answers.map((a) => a.scope))],
    periods: [...new Set(figures.map((a) => a.period))].sort(),
    breakdowns,
    cells,
    otherFiguresChanged: fingerprints.slice(1).map((f, step) => f !== fingerprints[step]),
  };
}

/**
 * Asks `view` every question a donor can: for every moment between two recorded events (and before the
 * first), for the nation and each district, for each of `asked` periods (each answer carries its previous
 * period too). The true figures come from the same events without any rule.
 */
export function observe(events: readonly ReportEvent[], districts: readonly string[], asked: readonly ReportingPeriod[], view: DonorView): DonorObservations {
  const districtOf = new Map(events.filter((e) => e.type === 'CaseReferred').map((e) => [e.caseId, String(e.data.district)]));
  const scopes = [NATIONAL, ...districts];
  const scoped = new Map(scopes.map((scope) => [scope, scope === NATIONAL ? events : events.filter((e) => districtOf.get(e.caseId) === scope)]));
  const knownAts = [new Date(Date.parse(events[0]!.recordedAt) - 1).toISOString(), ...events.map((e) => e.recordedAt)];
  const answers = knownAts.flatMap((knownAt, moment) =>
    scopes.flatMap((scope) =>
      asked.map((period) => ({
        moment, scope,
        shown: view(scoped.get(scope)!, period, knownAt),
        truth: governmentActionReport(scoped.get(scope)!, period, knownAt, null),
      }))));
  return observationsFrom(answers, knownAts.length);
}

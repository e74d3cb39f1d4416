import { FLAG_KINDS, isOpenAt, isStateFlag, type FlagKind, type RedFlag } from './flags';

/**
 * Red flags in a period: state flags open at its end, event flags raised in it; every kind, 0 when
 * none. A figure about victims (`victim_repatriated_before_testimony`) may be null for a donor.
 */
export type FlagFigures = Record<FlagKind, number | null>;

/**
 * `from` and `to` bound the period (ms, half-open); `openAt` is the moment state flags are read at:
 * the period's last moment, or the knownAt moment when that comes first (a time-based flag not yet
 * raised then was not on the record then).
 */
export function flagFigures(flags: readonly RedFlag[], from: number, to: number, openAt: number): FlagFigures {
  const figures = Object.fromEntries(FLAG_KINDS.map((kind) => [kind, 0])) as FlagFigures;
  for (const flag of countedFlags(flags, from, to, openAt)) figures[flag.kind] = (figures[flag.kind] ?? 0) + 1;
  return figures;
}

/** The flags the period's figures count (same bounds as `flagFigures`). */
export function countedFlags(flags: readonly RedFlag[], from: number, to: number, openAt: number): RedFlag[] {
  const endMoment = new Date(openAt).toISOString();
  return flags.filter((flag) => {
    const raisedAt = Date.parse(flag.raisedAt);
    return isStateFlag(flag.kind) ? isOpenAt(flag, endMoment) : raisedAt >= from && raisedAt < to;
  });
}


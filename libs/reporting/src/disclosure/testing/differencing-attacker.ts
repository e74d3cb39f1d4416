import { cellId, victimPaths, type DonorObservations } from './donor-observations';
import { unknownsOf, type Unknowns } from './linear-attacker';
import type { Reading } from './readings';

/** The whole numbers a true count may still be, as a set: finer than an interval (it keeps parity). */
export type Domain = Set<number>;

const range = (lo: number, hi: number): Domain => new Set(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));

/**
 * The second attacker: follows one figure from moment to moment. Between two consecutive moments one event
 * was recorded, so the figure moved by one victim at most; by none when a figure not about victims moved (that
 * event was another kind); and by exactly one when what the donor saw changed (the same records always give the
 * same answer). Returns each figure's possible true counts by cell id, from `start` (its own reading if none).
 */
export function differencingAttack(observations: DonorObservations, reading: Reading, start?: Unknowns): Map<string, Domain> {
  const { index, bounds } = start ?? unknownsOf(observations, reading);
  const domains = new Map<string, Domain>();
  for (const scope of observations.scopes) {
    for (const period of observations.periods) {
      for (const path of victimPaths(observations.breakdowns)) {
        const ids = Array.from({ length: observations.moments }, (_, m) => cellId(m, scope, period, path));
        const timeline = ids.map((id) => range(bounds.lo[index.get(id)!]!, bounds.hi[index.get(id)!]!));
        const moves = ids.slice(1).map((id, step) => {
          if (observations.otherFiguresChanged[step]) return [0];
          return observations.cells.get(id)!.published === observations.cells.get(ids[step]!)!.published ? [-1, 0, 1] : [-1, 1];
        });
        narrowTimeline(timeline, moves);
        ids.forEach((id, m) => domains.set(id, timeline[m]!));
      }
    }
  }
  return domains;
}

/** Forward and backward passes until no domain shrinks; `moves[t]` are the changes possible from t to t + 1. */
function narrowTimeline(timeline: Domain[], moves: readonly (readonly number[])[]): void {
  const reachable = (from: Domain, deltas: readonly number[]) => new Set([...from].flatMap((v) => deltas.map((d) => v + d)));
  const keep = (t: number, allowed: Domain) => {
    const before = timeline[t]!.size;
    timeline[t] = new Set([...timeline[t]!].filter((v) => allowed.has(v)));
    if (timeline[t]!.size === 0) throw new Error(`contradiction at moment ${t}`);
    return timeline[t]!.size < before;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let t = 0; t + 1 < timeline.length; t++) if (keep(t + 1, reachable(timeline[t]!, moves[t]!))) changed = true;
    for (let t = timeline.length - 2; t >= 0; t--) if (keep(t, reachable(timeline[t + 1]!, moves[t]!.map((d) => -d)))) changed = true;
  }
}

import type { Cell, DonorObservations } from './donor-observations';
import { differencingAttack, type Domain } from './differencing-attacker';
import { linearAttack, unknownsOf } from './linear-attacker';
import type { Reading } from './readings';

/** Both attackers in turn, each starting from what the other learnt, until neither learns more. */
export function combinedAttack(observations: DonorObservations, reading: Reading): Map<string, Domain> {
  const unknowns = unknownsOf(observations, reading);
  for (;;) {
    linearAttack(observations, reading, unknowns);
    const domains = differencingAttack(observations, reading, unknowns);
    let narrowed = false;
    for (const [id, domain] of domains) {
      const values = [...domain];
      if (unknowns.bounds.narrow(unknowns.index.get(id)!, Math.min(...values), Math.max(...values))) narrowed = true;
    }
    if (!narrowed) return domains;
  }
}

/** The counts an attacker still holds possible for a cell. */
export type Knowledge = (id: string) => Domain;

export const fromDomains = (domains: ReadonlyMap<string, Domain>): Knowledge => (id) => domains.get(id)!;
export function fromBounds({ index, bounds }: ReturnType<typeof unknownsOf>): Knowledge {
  return (id) => {
    const v = index.get(id)!;
    return new Set(Array.from({ length: bounds.hi[v]! - bounds.lo[v]! + 1 }, (_, i) => bounds.lo[v]! + i));
  };
}

/** Figures the donor was not given (null, or left out of a breakdown, and not read as an exact 0) narrowed to one count. */
export function derivedWithheld(observations: DonorObservations, reading: Reading, knowledge: Knowledge): Cell[] {
  return [...observations.cells]
    .filter(([id, cell]) => {
      const [lo, hi] = reading(cell.published);
      return cell.moment > 0 && typeof cell.published !== 'number' && lo < hi && knowledge(id).size === 1;
    })
    .map(([, cell]) => cell);
}

/** Of those, the ones about fewer than 11 people: what k-anonymity (k = 11) forbids. */
export const aboutFewerThan11 = (cells: readonly Cell[]) => cells.filter((cell) => cell.truth >= 1 && cell.truth <= 10);

/** Figures given only approximately (rounded) whose true count the attacker narrowed to one. */
export function derivedRounded(observations: DonorObservations, reading: Reading, knowledge: Knowledge): Cell[] {
  return [...observations.cells]
    .filter(([id, cell]) => {
      const [lo, hi] = reading(cell.published);
      return typeof cell.published === 'number' && lo < hi && knowledge(id).size === 1;
    })
    .map(([, cell]) => cell);
}

/** Cells whose true count the attacker ruled out: must never happen (an attacker that guesses proves nothing). */
export function wronglyExcluded(observations: DonorObservations, knowledge: Knowledge): Cell[] {
  return [...observations.cells].filter(([id, cell]) => !knowledge(id).has(cell.truth)).map(([, cell]) => cell);
}

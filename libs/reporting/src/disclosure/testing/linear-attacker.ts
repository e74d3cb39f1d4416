import { Bounds, propagateEquation, propagateStep, type Equation } from './bounds';
import { cellId, NATIONAL, TOTAL, victimPaths, type DonorObservations } from './donor-observations';
import { eliminate } from './elimination';
import type { Reading } from './readings';

/** An attacker's unknowns: the true count behind every figure a donor saw, by cell id. */
export interface Unknowns {
  readonly index: ReadonlyMap<string, number>;
  readonly bounds: Bounds;
}

/** Every true count starts in the interval its published figure allows; before the first event every count is 0. */
export function unknownsOf(observations: DonorObservations, reading: Reading): Unknowns {
  const bounds = new Bounds();
  const index = new Map<string, number>();
  for (const [id, cell] of observations.cells) {
    const [lo, hi] = cell.moment === 0 ? [0, 0] : reading(cell.published);
    index.set(id, bounds.add(lo, hi));
  }
  return { index, bounds };
}

/**
 * The equations every answer imposes, one block per moment and period: each breakdown sums to its total,
 * in every scope; the nation's figure is the sum of the districts'.
 */
export function equationBlocks(observations: DonorObservations, index: ReadonlyMap<string, number>): Equation[][] {
  const blocks: Equation[][] = [];
  const at = (moment: number, scope: string, period: string, path: string) => index.get(cellId(moment, scope, period, path))!;
  const districts = observations.scopes.filter((s) => s !== NATIONAL);
  for (let moment = 0; moment < observations.moments; moment++) {
    for (const period of observations.periods) {
      const block: Equation[] = [];
      for (const scope of observations.scopes) {
        for (const [name, keys] of Object.entries(observations.breakdowns)) {
          const parts = keys.map((key) => at(moment, scope, period, `${name}.${key}`));
          block.push({ vars: [at(moment, scope, period, TOTAL), ...parts], coefs: [1, ...parts.map(() => -1)], rhs: 0 });
        }
      }
      for (const path of victimPaths(observations.breakdowns)) {
        const parts = districts.map((d) => at(moment, d, period, path));
        block.push({ vars: [at(moment, NATIONAL, period, path), ...parts], coefs: [1, ...parts.map(() => -1)], rhs: 0 });
      }
      blocks.push(block);
    }
  }
  return blocks;
}

/** Pairs of the same figure at consecutive moments: one event apart, so at most one victim apart (none when another figure moved). */
export function steps(observations: DonorObservations, index: ReadonlyMap<string, number>): { a: number; b: number; still: boolean }[] {
  const pairs: { a: number; b: number; still: boolean }[] = [];
  for (let moment = 0; moment + 1 < observations.moments; moment++) {
    for (const scope of observations.scopes) {
      for (const period of observations.periods) {
        for (const path of victimPaths(observations.breakdowns)) {
          pairs.push({
            a: index.get(cellId(moment, scope, period, path))!, b: index.get(cellId(moment + 1, scope, period, path))!,
            still: observations.otherFiguresChanged[moment]!,
          });
        }
      }
    }
  }
  return pairs;
}

/**
 * The first attacker: bounds every true count by every equation and step, and by every equation Gaussian
 * elimination derives from each answer's equations, until nothing narrows. Returns the bounds it reached.
 */
export function linearAttack(observations: DonorObservations, reading: Reading, start?: Unknowns): Unknowns {
  const unknowns = start ?? unknownsOf(observations, reading);
  const { bounds, index } = unknowns;
  const blocks = equationBlocks(observations, index);
  const pairs = steps(observations, index);
  const propagate = (equations: readonly Equation[]) => equations.map((eq) => propagateEquation(eq, bounds)).some(Boolean);
  const same = (a: number, b: number) => [bounds.narrow(a, bounds.lo[b]!, bounds.hi[b]!), bounds.narrow(b, bounds.lo[a]!, bounds.hi[a]!)].some(Boolean);
  const step = ({ a, b, still }: (typeof pairs)[number]) => (still ? same(a, b) : propagateStep(a, b, bounds));
  // Forward, then backward: what is learnt at the last moment reaches the first in one sweep.
  const stepAll = () => [pairs.map(step).some(Boolean), pairs.reduceRight((changed, pair) => step(pair) || changed, false)].some(Boolean);
  // Every block has the same shape (its unknowns in the same order), so its reduced equations depend only on
  // which of its unknowns are pinned, and to what: blocks alike are eliminated once.
  const reducedByPins = new Map<string, Equation[]>();
  const reduce = (block: readonly Equation[]) => {
    const vars = [...new Set(block.flatMap((eq) => eq.vars))];
    const pins = vars.map((v) => (bounds.pinned(v) ? bounds.lo[v] : '_')).join(',');
    let local = reducedByPins.get(pins);
    if (!local) {
      const position = new Map(vars.map((v, i) => [v, i]));
      local = eliminate(block, bounds).map((eq) => ({ ...eq, vars: eq.vars.map((v) => position.get(v)!) }));
      reducedByPins.set(pins, local);
    }
    return local.map((eq) => ({ ...eq, vars: eq.vars.map((i) => vars[i]!) }));
  };
  let changed = true;
  while (changed) {
    changed = false;
    while (blocks.map(propagate).some(Boolean) || stepAll()) changed = true;
    for (const block of blocks) if (propagate(reduce(block))) changed = true;
  }
  return unknowns;
}

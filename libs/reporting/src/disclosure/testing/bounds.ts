/** Integer bounds on unknowns, tightened by linear equalities and steps; an attacker's state of knowledge. */
export class Bounds {
  readonly lo: number[] = [];
  readonly hi: number[] = [];

  add(lo: number, hi: number): number {
    this.lo.push(lo);
    this.hi.push(hi);
    return this.lo.length - 1;
  }

  pinned(v: number): boolean {
    return this.lo[v] === this.hi[v];
  }

  /** Narrows v to [lo, hi]; says whether anything changed. An empty interval means the attacker was unsound. */
  narrow(v: number, lo: number, hi: number): boolean {
    const newLo = Math.max(this.lo[v]!, lo);
    const newHi = Math.min(this.hi[v]!, hi);
    if (newLo > newHi) throw new Error(`contradiction on unknown ${v}: [${newLo}, ${newHi}]`);
    const changed = newLo !== this.lo[v] || newHi !== this.hi[v];
    this.lo[v] = newLo;
    this.hi[v] = newHi;
    return changed;
  }
}

/** Σ coefs[i] · x[vars[i]] = rhs, with whole-number coefficients. */
export interface Equation {
  readonly vars: readonly number[];
  readonly coefs: readonly number[];
  readonly rhs: number;
}

/** Each unknown of the equation bounded by what the others allow; says whether anything changed. */
export function propagateEquation(eq: Equation, bounds: Bounds): boolean {
  const least = eq.vars.map((v, i) => Math.min(eq.coefs[i]! * bounds.lo[v]!, eq.coefs[i]! * bounds.hi[v]!));
  const most = eq.vars.map((v, i) => Math.max(eq.coefs[i]! * bounds.lo[v]!, eq.coefs[i]! * bounds.hi[v]!));
  const sumLeast = least.reduce((a, b) => a + b, 0);
  const sumMost = most.reduce((a, b) => a + b, 0);
  let changed = false;
  eq.vars.forEach((v, i) => {
    const c = eq.coefs[i]!;
    // c·x lies in [rhs − (others at most), rhs − (others at least)].
    const low = eq.rhs - (sumMost - most[i]!);
    const high = eq.rhs - (sumLeast - least[i]!);
    const [lo, hi] = c > 0 ? [Math.ceil(low / c), Math.floor(high / c)] : [Math.ceil(high / c), Math.floor(low / c)];
    if (bounds.narrow(v, lo, hi)) changed = true;
  });
  return changed;
}

/** |x[a] − x[b]| ≤ 1: one event changes a figure by one victim at most. */
export function propagateStep(a: number, b: number, bounds: Bounds): boolean {
  const forward = bounds.narrow(b, bounds.lo[a]! - 1, bounds.hi[a]! + 1);
  const backward = bounds.narrow(a, bounds.lo[b]! - 1, bounds.hi[b]! + 1);
  return forward || backward;
}

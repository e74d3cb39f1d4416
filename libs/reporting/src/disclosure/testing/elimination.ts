import type { Bounds, Equation } from './bounds';

/** Rows are divided by their common factor only once their numbers grow past this (cheap, and still exact). */
const LARGE = 2 ** 20;

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

function normalise(row: Float64Array): void {
  const divisor = row.reduce((g, x) => gcd(g, x), 0);
  if (divisor > 1) for (let j = 0; j < row.length; j++) row[j] = row[j]! / divisor;
}

/** Each equation as a row over the unknowns not pinned (pinned ones are constants moved to the right). */
function rowsOf(equations: readonly Equation[], bounds: Bounds): { unknowns: number[]; rows: Float64Array[] } {
  const unknowns = [...new Set(equations.flatMap((eq) => eq.vars.filter((v) => !bounds.pinned(v))))];
  const column = new Map(unknowns.map((v, i) => [v, i]));
  const width = unknowns.length;
  const rows = equations.map((eq) => {
    const row = new Float64Array(width + 1);
    row[width] = eq.rhs;
    eq.vars.forEach((v, i) => {
      const c = column.get(v);
      if (c === undefined) row[width] -= eq.coefs[i]! * bounds.lo[v]!;
      else row[c] += eq.coefs[i]!;
    });
    return row;
  });
  return { unknowns, rows };
}

/**
 * Gaussian elimination, exact and fraction-free, of `equations` over the unknowns not yet pinned (pinned ones
 * are constants): every equation of the reduced system, each a combination of the given ones that may bound
 * an unknown no single given equation bounds (x + y = 5 and x − y = 1 give x = 3).
 */
export function eliminate(equations: readonly Equation[], bounds: Bounds): Equation[] {
  const { unknowns, rows } = rowsOf(equations, bounds);
  const width = unknowns.length;
  let pivotRow = 0;
  for (let c = 0; c < width && pivotRow < rows.length; c++) {
    let found = pivotRow;
    while (found < rows.length && rows[found]![c] === 0) found++;
    if (found === rows.length) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (r === pivotRow || row[c] === 0) continue;
      const a = pivot[c]!;
      const b = row[c]!;
      let largest = 0;
      for (let j = 0; j <= width; j++) {
        row[j] = row[j]! * a - pivot[j]! * b;
        largest = Math.max(largest, Math.abs(row[j]!));
      }
      if (largest > LARGE) normalise(row);
      if (largest > Number.MAX_SAFE_INTEGER / LARGE) throw new Error('elimination outgrew safe integers');
    }
    pivotRow++;
  }
  return rows.slice(0, pivotRow).map((row) => {
    const used = unknowns.map((v, i) => [v, row[i]!] as const).filter(([, c]) => c !== 0);
    return { vars: used.map(([v]) => v), coefs: used.map(([, c]) => c), rhs: row[width]! };
  });
}

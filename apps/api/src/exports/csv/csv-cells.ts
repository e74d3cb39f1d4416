/** A cell as written: text, or empty. */
export type CsvCell = string;

/** What a spreadsheet would read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would run as a formula gets a leading `'`, so it is shown as text. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One JSON value as a cell: null and absent are empty (never 0), numbers and booleans as JSON writes them,
 * text escaped against formulas, and an array of scalars as its JSON text (unambiguous, read back with JSON.parse).
 */
export function cellOf(value: unknown): CsvCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return escapeFormula(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return escapeFormula(JSON.stringify(value));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** An object, or an array holding objects: walked into, its keys (or indexes) becoming path segments. */
const isWalked = (value: unknown): value is Record<string, unknown> | unknown[] =>
  isPlainObject(value) || (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object'));

/**
 * Every leaf of a JSON value with its dotted path (`counts.issued`, `victims.identified.bySex.female`,
 * `summonses.0.court`), in the order JSON gives them. Objects and arrays of objects are walked (an index is a
 * segment); a scalar, null or an array of scalars (written as its JSON text) is a leaf. An empty object has none.
 */
export function* leavesOf(value: unknown, path = ''): Generator<readonly [path: string, value: unknown]> {
  if (!isWalked(value)) {
    yield [path, value];
    return;
  }
  for (const [key, child] of Object.entries(value)) yield* leavesOf(child, path === '' ? key : `${path}.${key}`);
}

/** The value at a dotted path, or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let here: unknown = value;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

export { isPlainObject };

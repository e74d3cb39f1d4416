import { cellOf, isPlainObject, leavesOf, valueAt, type CsvCell } from './csv-cells';

/** What a CSV answer holds: its header row, then its rows in that order. */
export interface CsvTable {
  readonly columns: readonly string[];
  readonly rows: Iterable<readonly CsvCell[]>;
}

/** A list's items, one row each; columns are the declared ones, then any other leaf path of an item, in the order first seen. */
function itemsTable(items: readonly unknown[], declared: readonly string[]): CsvTable {
  const columns = new Map<string, number>(declared.map((path, n) => [path, n]));
  const leaves = items.map((item) => {
    const row = new Map(leavesOf(item));
    for (const path of row.keys()) if (!columns.has(path)) columns.set(path, columns.size);
    return row;
  });
  const names = [...columns.keys()];
  return {
    columns: names,
    rows: (function* () {
      for (const row of leaves) yield names.map((path) => cellOf(row.get(path)));
    })(),
  };
}

/**
 * Figures, one row each: `figure` is the dotted JSON path, `value` the answer's, and `previous` the same path
 * under `previous` (when the answer has a previous period beside it, as the report does).
 */
function figuresTable(answer: Record<string, unknown>): CsvTable {
  const { previous, ...current } = answer;
  const beside = isPlainObject(previous);
  return {
    columns: beside ? ['figure', 'value', 'previous'] : ['figure', 'value'],
    rows: (function* () {
      for (const [path, value] of leavesOf(current)) {
        yield beside ? [cellOf(path), cellOf(value), cellOf(valueAt(previous, path))] : [cellOf(path), cellOf(value)];
      }
    })(),
  };
}

/**
 * Any JSON answer as a table: a list (`items`) row by row, its columns the route's declared item shape
 * first (so an empty list keeps its header row), anything else figure by figure (docs/exports.md).
 */
export function csvTable(answer: unknown, declared: readonly string[] = []): CsvTable {
  if (isPlainObject(answer) && Array.isArray(answer.items)) return itemsTable(answer.items, declared);
  if (isPlainObject(answer)) return figuresTable(answer);
  return itemsTable(Array.isArray(answer) ? answer : [answer], declared);
}

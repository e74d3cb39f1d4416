import type { ProjectionClient } from './projection';
import { columnType, type Cell, type ColumnType, type Row, type TableShape } from './table-shape';

/**
 * The rows of one table that a batch of events touches: read in one query, changed in memory by the
 * projection's fold, written back in one upsert. Times and dates travel as PostgreSQL's own text, so
 * nothing is rounded on the way (a JavaScript Date would lose microseconds).
 */
export class TouchedRows<R extends Row> {
  private readonly rows = new Map<string, R>();
  private readonly changed = new Set<string>();

  private constructor(
    private readonly shape: TableShape<R>,
    private readonly table: string,
  ) {}

  /** Every row of `table` whose `column` (a uuid) is one of `values`. */
  static async load<R extends Row>(
    client: ProjectionClient,
    table: string,
    shape: TableShape<R>,
    column: keyof R & string,
    values: readonly string[],
  ): Promise<TouchedRows<R>> {
    const touched = new TouchedRows(shape, table);
    if (values.length === 0) return touched;
    const names = Object.keys(shape.columns);
    const { rows } = await client.query<Record<string, string | null>>(
      `SELECT ${names.map((name) => `${name}::text AS ${name}`).join(', ')} FROM ${table} WHERE ${column} = ANY($1::uuid[])`,
      [values],
    );
    for (const text of rows) {
      const row = Object.fromEntries(names.map((name) => [name, fromText(columnType(shape.columns[name as keyof R]), text[name] ?? null)])) as R;
      touched.rows.set(touched.keyOf(row), row);
    }
    return touched;
  }

  get(...key: Cell[]): R | undefined {
    return this.rows.get(key.map((cell, i) => this.normal(this.shape.key[i]!, cell)).join('\u0000'));
  }

  /** The rows (loaded or added) that match. */
  where(matches: (row: R) => boolean): R[] {
    return [...this.rows.values()].filter(matches);
  }

  /** Adds the row unless one with its key exists (INSERT … ON CONFLICT DO NOTHING). */
  addIfAbsent(row: R): void {
    this.normalise(row);
    const key = this.keyOf(row);
    if (this.rows.has(key)) return;
    this.rows.set(key, row);
    this.changed.add(key);
  }

  update(row: R, changes: Partial<R>): void {
    Object.assign(row, changes);
    this.normalise(row);
    this.changed.add(this.keyOf(row));
  }

  /** Writes every added or changed row in one statement. */
  async write(client: ProjectionClient): Promise<void> {
    if (this.changed.size === 0) return;
    const names = Object.keys(this.shape.columns);
    const rows = [...this.changed].map((key) => this.rows.get(key)!);
    const arrays = names.map((name) => rows.map((row) => toText(row[name] ?? null)));
    const rest = names.filter((name) => !this.shape.key.includes(name as keyof R & string));
    await client.query(
      `INSERT INTO ${this.table} (${names.join(', ')})
       SELECT ${names.map((name) => `v.${name}::${columnType(this.shape.columns[name as keyof R])}`).join(', ')}
       FROM unnest(${names.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS v(${names.join(', ')})
       ON CONFLICT (${this.shape.key.join(', ')}) DO ${rest.length === 0 ? 'NOTHING' : `UPDATE SET ${rest.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}`}`,
      arrays,
    );
    this.changed.clear();
  }

  /** uuids compare as PostgreSQL compares them: whatever the case they were written in. */
  private normal(column: keyof R, cell: Cell): Cell {
    return columnType(this.shape.columns[column]) === 'uuid' && typeof cell === 'string' ? cell.toLowerCase() : cell;
  }

  private normalise(row: R): void {
    for (const column of Object.keys(this.shape.columns) as (keyof R & string)[]) {
      (row as Row)[column] = this.normal(column, row[column] ?? null);
    }
  }

  private keyOf(row: R): string {
    return this.shape.key.map((column) => row[column]).join('\u0000');
  }
}

/** A bigint stays text: a JavaScript number would round it. */
function fromText(type: ColumnType, text: string | null): Cell {
  if (text === null) return null;
  if (type === 'integer') return Number(text);
  if (type === 'boolean') return text === 'true';
  return text;
}

function toText(cell: Cell): string | null {
  return cell === null ? null : String(cell);
}

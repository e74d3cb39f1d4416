export type ColumnType = 'uuid' | 'text' | 'integer' | 'bigint' | 'boolean' | 'timestamptz' | 'date' | 'jsonb';
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A column's type as declared: `'uuid'` is NOT NULL, `'uuid?'` may be NULL (as the row's type says). */
type Column<T> = null extends T ? `${ColumnType}?` : ColumnType;

/** Any table's shape, whatever its row type: what DDL is made from. */
export interface TableDeclaration {
  readonly columns: Readonly<Record<string, ColumnType | `${ColumnType}?`>>;
  readonly key: readonly string[];
  readonly defaults?: Readonly<Record<string, string | undefined>>;
}

/**
 * A read-model table, declared once: its columns in order, its primary key, its defaults. The DDL that
 * creates it and the batch fold that reads and writes it are both derived from this.
 */
export interface TableShape<R extends Row> {
  readonly columns: { readonly [K in keyof R]: Column<R[K]> };
  readonly key: readonly (keyof R & string)[];
  /** SQL literals for columns that have a default (a statement may leave them out). */
  readonly defaults?: { readonly [K in keyof R]?: string };
}

/** A column's SQL type, without whether it may be NULL. */
export const columnType = (declared: string): ColumnType => declared.replace('?', '') as ColumnType;

/** The body of the table's CREATE TABLE. */
export function tableDefinition(shape: TableDeclaration): string {
  const defaults = shape.defaults ?? {};
  const columns = Object.entries(shape.columns).map(([name, declared]) => {
    const fallback = defaults[name];
    return `${name} ${columnType(declared)} ${declared.endsWith('?') ? 'NULL' : 'NOT NULL'}${fallback ? ` DEFAULT ${fallback}` : ''}`;
  });
  return [...columns, `PRIMARY KEY (${shape.key.join(', ')})`].join(', ');
}

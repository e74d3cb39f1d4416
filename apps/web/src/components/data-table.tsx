import type { ReactNode } from 'react';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** Numbers align right. */
  readonly numeric?: boolean;
  /** The row's header cell (what the row is about). */
  readonly rowHeader?: boolean;
}

/** A captioned table in a region that scrolls sideways on a phone (and can be focused to scroll by keyboard). */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowClass, testId }: {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Unique within the rows; `index` for rows the API gives no identity of their own. */
  rowKey: (row: Row, index: number) => string;
  rowClass?: (row: Row) => string | undefined;
  testId?: string;
}) {
  return (
    <div className="table-scroll" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)} className={rowClass?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.header} scope="row">{c.cell(row)}</th>
                ) : (
                  <td key={c.header} className={c.numeric ? 'numeric' : undefined}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

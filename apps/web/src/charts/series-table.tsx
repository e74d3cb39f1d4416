import { DataTable } from '../components/data-table';
import { strings } from '../strings';

/** What a chart draws: one row of values over the chart's categories. */
export interface Series {
  readonly key: string;
  readonly label: string;
  /** One value per category; null where there is none to draw (or the API withheld it). */
  readonly values: readonly (number | null)[];
}

/** A chart's figures as a table (every chart has one), a row a series, a column a category. */
export function SeriesTable({ title, categories, series, testId }: { title: string; categories: readonly string[]; series: readonly Series[]; testId?: string | undefined }) {
  return (
    <DataTable
      caption={`${strings.app.showTable}: ${title}`}
      testId={testId ? `${testId}-table` : undefined}
      columns={[
        { header: '', cell: (row: Series) => row.label, rowHeader: true },
        ...categories.map((c, j) => ({ header: c, numeric: true, cell: (row: Series) => row.values[j] ?? '–' })),
      ]}
      rows={series}
      rowKey={(row) => row.key}
    />
  );
}

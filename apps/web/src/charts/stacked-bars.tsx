import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { useId } from 'react';
import { DataTable } from '../components/data-table';
import { strings } from '../strings';

export interface StackedRow {
  readonly key: string;
  readonly label: string;
  /** One count per part, in the parts' order; null where the API withheld it (drawn as nothing, shown in the table). */
  readonly values: readonly (number | null)[];
}

const WIDTH = 640;
const ROW_HEIGHT = 26;
const MARGIN = { top: 8, right: 16, bottom: 32, left: 112 };

/** Horizontal bars, one per row, stacked by part, as an SVG image with a title and description, and the same counts as a table. */
export function StackedBars({ title, description, parts, rows, testId }: {
  title: string;
  description: string;
  parts: readonly string[];
  rows: readonly StackedRow[];
  testId?: string;
}) {
  const id = useId();
  const height = MARGIN.top + MARGIN.bottom + ROW_HEIGHT * Math.max(1, rows.length);
  const total = (row: StackedRow) => row.values.reduce<number>((n, v) => n + (v ?? 0), 0);
  const x = scaleLinear<number>({ domain: [0, Math.max(1, ...rows.map(total))], range: [MARGIN.left, WIDTH - MARGIN.right], nice: true });
  const y = scaleBand<string>({ domain: rows.map((r) => r.label), range: [MARGIN.top, height - MARGIN.bottom], padding: 0.2 });
  return (
    <figure className="chart" data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <AxisLeft scale={y} left={MARGIN.left} hideTicks />
        <AxisBottom scale={x} top={height - MARGIN.bottom} numTicks={5} tickFormat={(v) => String(v)} />
        {rows.map((row) => {
          let at = 0;
          return (
            <Group key={row.key} aria-hidden="true" data-row={row.key}>
              {row.values.map((value, i) => {
                const from = at;
                at += value ?? 0;
                return value ? (
                  <rect key={parts[i]} className={`bar series-${i}`} x={x(from)} y={y(row.label) ?? 0} width={x(at) - x(from)} height={y.bandwidth()} data-part={parts[i]} data-value={value} />
                ) : null;
              })}
            </Group>
          );
        })}
      </svg>
      <ul className="legend" aria-hidden="true">
        {parts.map((part, i) => (
          <li key={part} className={`series-${i}`}>
            <svg viewBox="0 0 12 12" width="12" height="12"><rect className="bar" width="12" height="12" /></svg>
            {part}
          </li>
        ))}
      </ul>
      <figcaption>
        <DataTable
          caption={`${strings.app.showTable}: ${title}`}
          testId={testId ? `${testId}-table` : undefined}
          columns={[
            { header: '', cell: (row: StackedRow) => row.label, rowHeader: true },
            ...parts.map((part, i) => ({ header: part, numeric: true, cell: (row: StackedRow) => <span data-part={part}>{row.values[i] ?? '–'}</span> })),
          ]}
          rows={rows}
          rowKey={(row) => row.key}
        />
      </figcaption>
    </figure>
  );
}

import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import { useFirstChartMark } from './first-chart-mark';
import { SeriesTable, type Series } from './series-table';

export type { Series };

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 16, right: 16, bottom: 40, left: 48 };
const MARKERS = ['circle', 'square', 'diamond', 'triangle'] as const;

/** Lines over categories, as an SVG image with a title and description, and the same figures as a table. */
export function LineChart({ title, description, categories, series, testId }: {
  title: string;
  description: string;
  categories: readonly string[];
  series: readonly Series[];
  testId?: string;
}) {
  const id = useId();
  useFirstChartMark(true);
  const x = scalePoint<string>({ domain: [...categories], range: [MARGIN.left, WIDTH - MARGIN.right], padding: 0.3 });
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const y = scaleLinear<number>({ domain: [0, max], range: [HEIGHT - MARGIN.bottom, MARGIN.top], nice: true });
  return (
    <figure className="chart" data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <AxisLeft scale={y} left={MARGIN.left} numTicks={5} tickFormat={(v) => String(v)} />
        <AxisBottom scale={x} top={HEIGHT - MARGIN.bottom} />
        {series.map((s, i) => {
          const points = categories.flatMap((c, j) => (s.values[j] === null || s.values[j] === undefined ? [] : [{ c, v: s.values[j]! }]));
          return (
            <Group key={s.key} className={`series series-${i}`} aria-hidden="true">
              <LinePath data={points} x={(p) => x(p.c) ?? 0} y={(p) => y(p.v)} />
              {points.map((p) => (
                <Marker key={p.c} shape={MARKERS[i % MARKERS.length]!} cx={x(p.c) ?? 0} cy={y(p.v)} />
              ))}
            </Group>
          );
        })}
      </svg>
      <ul className="legend" aria-hidden="true">
        {series.map((s, i) => (
          <li key={s.key} className={`series-${i}`}>
            <svg viewBox="-6 -6 12 12" width="12" height="12"><Marker shape={MARKERS[i % MARKERS.length]!} cx={0} cy={0} /></svg>
            {s.label}
          </li>
        ))}
      </ul>
      <figcaption>
        <SeriesTable title={title} categories={categories} series={series} testId={testId} />
      </figcaption>
    </figure>
  );
}

function Marker({ shape, cx, cy }: { shape: (typeof MARKERS)[number]; cx: number; cy: number }) {
  switch (shape) {
    case 'circle':
      return <circle className="marker" cx={cx} cy={cy} r={4.5} />;
    case 'square':
      return <rect className="marker" x={cx - 4} y={cy - 4} width={8} height={8} />;
    case 'diamond':
      return <polygon className="marker" points={`${cx},${cy - 5.5} ${cx + 5.5},${cy} ${cx},${cy + 5.5} ${cx - 5.5},${cy}`} />;
    case 'triangle':
      return <polygon className="marker" points={`${cx},${cy - 5.5} ${cx + 5},${cy + 4} ${cx - 5},${cy + 4}`} />;
  }
}

import { AxisBottom } from '@visx/axis';
import { scaleBand, scaleUtc } from '@visx/scale';
import { useId } from 'react';
import { DataTable } from '../components/data-table';
import { lesothoDay } from '../components/dates';
import { strings } from '../strings';
import { useFirstChartMark } from './first-chart-mark';

export interface LaneEvent {
  readonly id: string;
  readonly lane: string;
  readonly at: string;
  readonly label: string;
  readonly corrected: boolean;
  readonly included: boolean;
}

const WIDTH = 720;
const LANE_HEIGHT = 30;
const MARGIN = { top: 8, right: 24, bottom: 36, left: 190 };

/** Events placed in time (x) and stage (lanes), as an SVG image with the same events as a table. */
export function TimelineLanes({ title, description, lanes, events, columns }: {
  title: string;
  description: string;
  lanes: readonly { key: string; label: string }[];
  events: readonly LaneEvent[];
  columns: { when: string; lane: string; event: string };
}) {
  const id = useId();
  useFirstChartMark(events.length > 0);
  const height = MARGIN.top + MARGIN.bottom + LANE_HEIGHT * lanes.length;
  const times = events.map((e) => Date.parse(e.at));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max((last - first) * 0.03, 86_400_000);
  const x = scaleUtc<number>({ domain: [new Date(first - pad), new Date(last + pad)], range: [MARGIN.left, WIDTH - MARGIN.right] });
  const y = scaleBand<string>({ domain: lanes.map((l) => l.key), range: [MARGIN.top, height - MARGIN.bottom], padding: 0.2 });
  const laneLabel = new Map(lanes.map((l) => [l.key, l.label]));
  return (
    <figure className="chart timeline-chart">
      <h3 className="chart-title">{title}</h3>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {lanes.map((lane) => (
          <g key={lane.key} className="lane" aria-hidden="true">
            <rect x={MARGIN.left} y={y(lane.key)} width={WIDTH - MARGIN.left - MARGIN.right} height={y.bandwidth()} />
            <text x={MARGIN.left - 8} y={(y(lane.key) ?? 0) + y.bandwidth() / 2} textAnchor="end" dominantBaseline="middle">{lane.label}</text>
          </g>
        ))}
        <AxisBottom scale={x} top={height - MARGIN.bottom} numTicks={5} />
        {events.map((e) => (
          <circle
            key={e.id}
            className={['event', e.corrected ? 'corrected' : '', e.included ? '' : 'excluded'].join(' ').trim()}
            cx={x(new Date(e.at))}
            cy={(y(e.lane) ?? 0) + y.bandwidth() / 2}
            r={e.corrected ? 6 : 5}
            aria-hidden="true"
          />
        ))}
      </svg>
      <figcaption>
        <details>
          <summary>{strings.app.showTable}</summary>
          <DataTable
            caption={title}
            columns={[
              { header: columns.when, cell: (e: LaneEvent) => lesothoDay(e.at) },
              { header: columns.lane, cell: (e: LaneEvent) => laneLabel.get(e.lane) ?? e.lane },
              { header: columns.event, cell: (e: LaneEvent) => e.label, rowHeader: true },
            ]}
            rows={events}
            rowKey={(e) => e.id}
          />
        </details>
      </figcaption>
    </figure>
  );
}

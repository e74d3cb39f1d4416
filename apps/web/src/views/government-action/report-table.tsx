import { Fragment } from 'react';
import type { Report } from '../../api/types';
import { Count } from '../../components/count';
import { lesothoDay } from '../../components/dates';
import { strings } from '../../strings';
import { figureAt, figureGroups, suppressible, withheldBelow } from './figures';

/**
 * The report: each figure for the period and the previous one, as known at the chosen moment; when that moment
 * is not now, the figure as known now beside it, and whether it was restated since.
 */
export function ReportTable({ report, now }: { report: Report; now: Report | null }) {
  const s = strings.report;
  const knownAt = now ? lesothoDay(report.knownAt) : s.knownAtNow;
  return (
    <div className="table-scroll" role="region" aria-label={s.heading} tabIndex={0}>
      <table className="report" data-testid="report-table">
        <caption>
          {report.period} ({s.knownAt.toLowerCase()} {knownAt}), {s.previous} {report.previous.period}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.figure}</th>
            <th scope="col" className="numeric">{report.period}</th>
            <th scope="col" className="numeric">{report.previous.period}</th>
            {now && <th scope="col" className="numeric">{report.period}, {s.asKnownNow}</th>}
            {now && <th scope="col">{s.restated}</th>}
          </tr>
        </thead>
        <tbody>
          {figureGroups(report, report.previous, ...(now ? [now] : [])).map((group) => (
            <Fragment key={group.label}>
              <tr className="group">
                <th scope="rowgroup" colSpan={now ? 5 : 3}>{group.label}</th>
              </tr>
              {group.rows.map((row) => {
                const value = figureAt(report, row.path);
                const valueNow = now ? figureAt(now, row.path) : undefined;
                const restated = now !== null && value !== valueNow;
                const below = suppressible(row.path) ? withheldBelow(report) : undefined;
                return (
                  <tr key={row.path} data-figure={row.path} className={restated ? 'restated' : undefined}>
                    <th scope="row" className={row.breakdown ? 'breakdown' : undefined}>{row.label}</th>
                    <td className="numeric" data-column="current"><Count value={value} suppressedBelow={below} /></td>
                    <td className="numeric" data-column="previous"><Count value={figureAt(report.previous, row.path)} suppressedBelow={below} /></td>
                    {now && <td className="numeric" data-column="now"><Count value={valueNow} suppressedBelow={below} /></td>}
                    {now && <td>{restated ? s.restated : s.unchanged}</td>}
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

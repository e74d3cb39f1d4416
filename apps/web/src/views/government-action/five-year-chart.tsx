import type { Report } from '../../api/types';
import { useApis } from '../../api/use-api';
import { shiftPeriod } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { LineChart } from '../../charts/line-chart';
import { strings } from '../../strings';
import { figureAt } from './figures';
import { reportPath } from './report-paths';

const SERIES = [
  { key: 'investigations', path: 'investigations.initiated.total' },
  { key: 'prosecutions', path: 'prosecutions.initiated.total' },
  { key: 'convictions', path: 'convictions.total' },
  { key: 'sentences', path: 'sentences.total' },
] as const;

/** The five periods ending with `last`, each from its own report call, as known now. */
export function FiveYearChart({ last }: { last: string }) {
  const periods = [4, 3, 2, 1, 0].map((n) => shiftPeriod(last, n));
  const reports = useApis<Report>(periods.map((p) => reportPath(p)));
  const s = strings.report;
  return (
    <section aria-labelledby="five-years">
      <h2 id="five-years">{s.fiveYears}</h2>
      <LoadedView loaded={reports}>
        {(answers) => (
          <LineChart
            testId="five-year-chart"
            title={s.fiveYears}
            description={s.fiveYearsExplain(periods[0]!, last)}
            categories={periods}
            series={SERIES.map(({ key, path }) => ({
              key,
              label: strings.series[key],
              values: answers.map((report) => figureAt(report, path) ?? null),
            }))}
          />
        )}
      </LoadedView>
    </section>
  );
}

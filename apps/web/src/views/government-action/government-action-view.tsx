import { useId, useMemo, useState } from 'react';
import type { Report } from '../../api/types';
import { useApi } from '../../api/use-api';
import { periodOf, shiftPeriod } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { ViewHeading } from '../../components/view-heading';
import { useUser } from '../../session/session';
import { strings, word } from '../../strings';
import { FiveYearChart } from './five-year-chart';
import { KnownAtSlider, knownAtSteps } from './known-at-slider';
import { reportPath } from './report-paths';
import { ReportTable } from './report-table';

/** Government action: a period's report beside the previous one, how it was restated, and five years in a chart. */
export function GovernmentActionView() {
  const user = useUser();
  const now = useMemo(() => new Date(), []);
  const current = periodOf(now);
  const periods = useMemo(() => Array.from({ length: 8 }, (_, n) => shiftPeriod(current, n)), [current]);
  const [period, setPeriod] = useState(shiftPeriod(current, 1));
  const [knownAt, setKnownAt] = useState<string | null>(null);
  const steps = useMemo(() => knownAtSteps(`${period.slice(0, 4)}-04-01`, now), [period, now]);
  const report = useApi<Report>(reportPath(period, knownAt));
  const reportNow = useApi<Report>(knownAt ? reportPath(period) : null);
  const periodField = useId();
  const s = strings.report;

  return (
    <article>
      <ViewHeading title={s.heading} />
      <p>{s.explain}</p>
      {user.district && <p className="scope-note">{s.district(word(strings.districts, user.district))}</p>}
      <div className="controls">
        <div className="field">
          <label htmlFor={periodField}>{s.period}</label>
          <select
            id={periodField}
            value={period}
            onChange={(event) => {
              setPeriod(event.currentTarget.value);
              setKnownAt(null);
            }}
          >
            {periods.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
        <KnownAtSlider steps={steps} value={knownAt} onChange={setKnownAt} />
      </div>
      {period === current && <p className="hint">{s.notComplete}</p>}
      <LoadedView loaded={report}>
        {(answer) =>
          knownAt && reportNow.state !== 'ok' ? (
            <LoadedView loaded={reportNow}>{() => null}</LoadedView>
          ) : (
            <>
              <ReportTable report={answer} now={knownAt && reportNow.state === 'ok' ? reportNow.data : null} />
              {answer.disclosure && <p className="hint">{s.suppressedNote(answer.disclosure.roundedTo, answer.disclosure.shownFrom)}</p>}
            </>
          )
        }
      </LoadedView>
      <FiveYearChart last={period} />
    </article>
  );
}

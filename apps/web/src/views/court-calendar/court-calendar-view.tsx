import { useId, useState } from 'react';
import { apiPath } from '../../api/client';
import type { CalendarEntry, ListPage } from '../../api/list-types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { LoadedView } from '../../components/loaded-view';
import { ViewHeading } from '../../components/view-heading';
import { strings, word } from '../../strings';
import { CaseLink } from '../work-lists/case-link';
import { isWindow, nextThirtyDays } from './calendar-window';

export const CALENDAR_LIMIT = 500;

/** What falls due in court in a window of days, one table per court, in the API's order within each. */
export function CourtCalendarView() {
  const [window, setWindow] = useState(nextThirtyDays);
  const fromId = useId();
  const toId = useId();
  const valid = isWindow(window.from, window.to);
  const calendar = useApi<ListPage<CalendarEntry>>(valid ? apiPath('/v1/court/calendar', { ...window, limit: CALENDAR_LIMIT }) : null);
  const s = strings.calendar;
  return (
    <article>
      <ViewHeading title={s.heading} />
      <p className="hint">{s.explain}</p>
      <div className="filters">
        <div className="field">
          <label htmlFor={fromId}>{s.from}</label>
          <input id={fromId} type="date" value={window.from} onChange={(e) => setWindow({ ...window, from: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor={toId}>{s.to}</label>
          <input id={toId} type="date" value={window.to} onChange={(e) => setWindow({ ...window, to: e.currentTarget.value })} />
        </div>
      </div>
      {valid ? <p className="hint" role="status">{s.window(window.from, window.to)}</p> : <p role="alert">{strings.validation.window}</p>}
      <LoadedView loaded={calendar}>{(answer) => <CalendarByCourt page={answer} />}</LoadedView>
    </article>
  );
}

function CalendarByCourt({ page }: { page: ListPage<CalendarEntry> }) {
  const s = strings.calendar;
  const courts = [...new Set(page.items.map((entry) => entry.court))];
  return (
    <div data-testid="court-calendar" data-from={String(page.filters.from)} data-to={String(page.filters.to)}>
      {page.items.length === 0 && <p className="hint">{strings.workLists.none}</p>}
      {courts.map((court) => {
        const entries = page.items.filter((entry) => entry.court === court);
        return (
          <section key={court ?? ''} data-court={court ?? ''}>
            <h2>{s.byCourt(court ?? s.unknownCourt, entries.length)}</h2>
            <DataTable
              caption={court ?? s.unknownCourt}
              testId="calendar-table"
              columns={[
                { header: s.date, cell: (entry: CalendarEntry) => entry.date, rowHeader: true },
                { header: s.kind, cell: (entry) => <span data-kind={entry.kind}>{word(s.kinds, entry.kind)}</span> },
                { header: s.case, cell: (entry) => <CaseLink caseId={entry.caseId} /> },
                { header: s.accused, cell: (entry) => entry.suspectRef },
              ]}
              rows={entries}
              rowKey={(entry, index) => `${index}:${entry.caseId}:${entry.suspectRef}:${entry.kind}`}
            />
          </section>
        );
      })}
      {page.nextCursor && <p className="hint">{s.more}</p>}
    </div>
  );
}

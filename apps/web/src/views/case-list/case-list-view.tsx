import { useState } from 'react';
import { apiPath } from '../../api/client';
import type { ListedCase, ListPage } from '../../api/list-types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { ViewHeading } from '../../components/view-heading';
import { useUser } from '../../session/session';
import { strings, word } from '../../strings';
import { CaseLink } from '../work-lists/case-link';
import { CaseFilterFields, NO_FILTERS, type CaseFilters } from './case-filters';

/** The page asks for pages of this size. */
export const CASE_PAGE_SIZE = 25;

/** Every case as it stands: filtered, sorted, a page at a time (the cursor pins the list at its first page). */
export function CaseListView() {
  const user = useUser();
  const [filters, setFilters] = useState<CaseFilters>(NO_FILTERS);
  /** The cursors of the pages walked so far (each sent with the same filters and sort, which the API checks): the last one is the page shown (null: the first). */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const query = { ...filters, district: user.district ? '' : filters.district, limit: CASE_PAGE_SIZE, cursor };
  const page = useApi<ListPage<ListedCase>>(apiPath('/v1/cases', query));
  const s = strings.caseList;
  return (
    <article>
      <ViewHeading title={s.heading} />
      <p className="hint">{s.explain}</p>
      <CaseFilterFields
        filters={filters}
        scoped={user.district !== null}
        onChange={(next) => {
          setFilters(next);
          setCursors([null]);
        }}
      />
      <LoadedView loaded={page}>
        {(answer) => (
          <div data-testid="case-list" data-page={cursors.length} data-filters={JSON.stringify(answer.filters)}>
            <DataTable
              caption={s.caption(cursors.length)}
              testId="case-list-table"
              columns={[
                { header: s.case, cell: (row: ListedCase) => <CaseLink caseId={row.caseId} />, rowHeader: true },
                { header: s.district, cell: (row) => word(strings.districts, row.district) },
                { header: s.stage, cell: (row) => <span data-stage={row.stage}>{word({}, row.stage)}</span> },
                { header: s.form, cell: (row) => word(strings.words, row.form) },
                { header: s.referredAt, cell: (row) => lesothoDay(row.referredAt) },
                { header: s.lastEventAt, cell: (row) => lesothoDay(row.lastEventAt) },
                { header: s.accused, cell: (row) => row.accusedCount, numeric: true },
                {
                  header: s.openFlags,
                  cell: (row) => (row.openFlags.length === 0 ? s.noFlags : (
                    <ul className="flag-kinds">{row.openFlags.map((kind) => <li key={kind} data-kind={kind}>{word(strings.flagKinds, kind)}</li>)}</ul>
                  )),
                },
              ]}
              rows={answer.items}
              rowKey={(row) => row.caseId}
            />
            {answer.items.length === 0 && <p className="hint">{strings.workLists.none}</p>}
            <div className="pager">
              {cursors.length > 1 && <button type="button" onClick={() => setCursors([null])}>{s.firstPage}</button>}
              {answer.nextCursor ? (
                <button type="button" onClick={() => setCursors([...cursors, answer.nextCursor])}>{s.nextPage}</button>
              ) : (
                <p className="hint">{s.lastPage}</p>
              )}
            </div>
          </div>
        )}
      </LoadedView>
    </article>
  );
}

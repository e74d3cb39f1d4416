import { Fragment } from 'react';
import { apiPath } from '../../api/client';
import type { BacklogAnswer, PendingDocket } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { strings, word } from '../../strings';
import { CaseLink } from './case-link';

/** Cases whose docket waits before the DPP, longest first (the first page); a role that gets counts only sees the counts. */
export function DppBacklog({ countsOnly, asOf }: { countsOnly: boolean; asOf: string | null }) {
  const backlog = useApi<BacklogAnswer>(apiPath('/v1/dpp/backlog', { asOf }));
  const s = strings.workLists;
  return (
    <section aria-labelledby="backlog-heading">
      <h2 id="backlog-heading">{s.backlog}</h2>
      <LoadedView loaded={backlog}>
        {(answer) => (
          <>
            <dl className="facts" data-testid="backlog-summary">
              <dt>{s.pending}</dt><dd data-value={answer.total}>{answer.total}</dd>
              {!countsOnly && <><dt>{s.medianDays}</dt><dd>{answer.medianDaysPending ?? '–'}</dd></>}
              {Object.entries(answer.ageBands).map(([band, n]) => (
                <Fragment key={band}><dt>{s.daysBand(band)}</dt><dd data-band={band} data-value={n}>{n}</dd></Fragment>
              ))}
            </dl>
            <p className="hint">{s.asOf(answer.asOf)}</p>
            {countsOnly ? <p className="hint">{s.countsOnly}</p> : <DataTable
              caption={s.backlog}
              testId="backlog-table"
              columns={[
                { header: s.case, cell: (row: PendingDocket) => <CaseLink caseId={row.caseId} />, rowHeader: true },
                { header: strings.cases.district, cell: (row) => word(strings.districts, row.district) },
                { header: strings.cases.form, cell: (row) => word(strings.words, row.form) },
                { header: s.submittedAt, cell: (row) => lesothoDay(row.submittedAt) },
                { header: s.daysPending, cell: (row) => row.daysPending, numeric: true },
              ]}
              rows={answer.items ?? []}
              rowKey={(row) => row.caseId}
            />}
          </>
        )}
      </LoadedView>
    </section>
  );
}

import type { BacklogAnswer, PendingDocket } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { strings, word } from '../../strings';
import { CaseLink } from './case-link';

/** Cases whose docket waits before the DPP, longest first. */
export function DppBacklog() {
  const backlog = useApi<BacklogAnswer>('/v1/dpp/backlog');
  const s = strings.workLists;
  return (
    <section aria-labelledby="backlog-heading">
      <h2 id="backlog-heading">{s.backlog}</h2>
      <LoadedView loaded={backlog}>
        {(answer) => (
          <>
            <dl className="facts" data-testid="backlog-summary">
              <dt>{s.pending}</dt><dd data-value={answer.pending}>{answer.pending}</dd>
              <dt>{s.medianDays}</dt><dd>{answer.medianDaysPending ?? '–'}</dd>
            </dl>
            <p className="hint">{s.asOf(answer.asOf)}</p>
            <DataTable
              caption={s.backlog}
              testId="backlog-table"
              columns={[
                { header: s.case, cell: (row: PendingDocket) => <CaseLink caseId={row.caseId} />, rowHeader: true },
                { header: strings.cases.district, cell: (row) => word(strings.districts, row.district) },
                { header: strings.cases.form, cell: (row) => word(strings.words, row.form) },
                { header: s.submittedAt, cell: (row) => lesothoDay(row.submittedAt) },
                { header: s.daysPending, cell: (row) => row.daysPending, numeric: true },
              ]}
              rows={answer.items ?? answer.cases ?? []}
              rowKey={(row) => row.caseId}
            />
          </>
        )}
      </LoadedView>
    </section>
  );
}

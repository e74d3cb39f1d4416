import { useId, useState } from 'react';
import { apiPath } from '../../api/client';
import type { SummonsesAnswer, SummonsRow } from '../../api/types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { strings, word } from '../../strings';
import { CaseLink } from './case-link';

const STATUSES = ['issued', 'served', 'failed', 'overdue'] as const;

/** Summonses and their service; a role that gets counts only sees the counts. */
export function Summonses({ countsOnly, asOf }: { countsOnly: boolean; asOf: string | null }) {
  const [status, setStatus] = useState('');
  const summonses = useApi<SummonsesAnswer>(apiPath('/v1/summonses', { status: countsOnly ? null : status, asOf }));
  const id = useId();
  const s = strings.workLists;
  return (
    <section aria-labelledby="summonses-heading">
      <h2 id="summonses-heading">{s.summonses}</h2>
      {countsOnly ? (
        <p className="hint">{s.countsOnly}</p>
      ) : (
        <div className="field">
          <label htmlFor={id}>{s.statusFilter}</label>
          <select id={id} value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">{s.all}</option>
            {STATUSES.map((value) => <option key={value} value={value}>{word(strings.status, value)}</option>)}
          </select>
        </div>
      )}
      <LoadedView loaded={summonses}>
        {(answer) => (
          <>
            <DataTable
              caption={s.counts}
              testId="summons-counts"
              columns={[
                { header: s.statusFilter, cell: (row: [string, number]) => word(strings.status, row[0]), rowHeader: true },
                { header: s.total, cell: (row) => <span data-status={row[0]} data-value={row[1]}>{row[1]}</span>, numeric: true },
              ]}
              rows={[...Object.entries(answer.counts.byStatus).sort(), ['total', answer.counts.total] as [string, number]]}
              rowKey={(row) => row[0]}
            />
            <p className="hint">{s.asOf(answer.asOf)}</p>
            {!countsOnly && (
              <DataTable
                caption={s.summonses}
                testId="summonses-table"
                columns={[
                  { header: s.case, cell: (row: SummonsRow) => <CaseLink caseId={row.caseId} /> },
                  { header: strings.cases.summonsRef, cell: (row) => row.summonsRef, rowHeader: true },
                  { header: strings.cases.court, cell: (row) => row.court },
                  { header: s.issuedAt, cell: (row) => lesothoDay(row.issuedAt) },
                  { header: strings.cases.returnDate, cell: (row) => row.returnDate },
                  { header: strings.cases.status, cell: (row) => word(strings.status, row.status) },
                  { header: s.daysOutstanding, cell: (row) => row.daysOutstanding, numeric: true },
                ]}
                rows={answer.items ?? []}
                rowKey={(row) => `${row.caseId}/${row.summonsRef}`}
              />
            )}
          </>
        )}
      </LoadedView>
    </section>
  );
}

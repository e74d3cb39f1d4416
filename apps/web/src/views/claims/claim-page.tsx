import { Link } from 'wouter';
import type { AssertionView, ClaimView } from '../../api/list-types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { lesothoDay, lesothoTime } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { strings, word } from '../../strings';
import { BundleVerification } from './bundle-verification';
import { VerdictWord } from './verdicts';

const value = (n: number | null | undefined) =>
  n === undefined ? <span className="absent">–</span> : n === null ? <span className="absent" data-value="null">–</span> : <span data-value={n}>{n.toLocaleString('en')}</span>;

/** One claim: what was said, by whom and where, and each assertion against the record then and now. */
export function ClaimPage({ claimId }: { claimId: string }) {
  const claim = useApi<ClaimView>(`/v1/claims/${encodeURIComponent(claimId)}`);
  const s = strings.claims;
  return (
    <section data-testid="claim">
      <p><Link href="/claims">{s.back}</Link></p>
      <LoadedView loaded={claim}>
        {(answer) => (
          <>
            <blockquote className="statement">{answer.statement}</blockquote>
            <dl className="facts">
              <dt>{s.madeBy}</dt><dd>{answer.madeBy}</dd>
              <dt>{s.madeAt}</dt><dd>{lesothoTime(answer.madeAt)}</dd>
              <dt>{s.source}</dt><dd>{answer.source}</dd>
              <dt>{s.recordedAt}</dt><dd>{lesothoTime(answer.recordedAt)}</dd>
            </dl>
            <AssertionTable assertions={answer.assertions} />
            <BundleVerification claimId={answer.claimId} />
          </>
        )}
      </LoadedView>
    </section>
  );
}

function AssertionTable({ assertions }: { assertions: readonly AssertionView[] }) {
  const s = strings.claims;
  return (
    <DataTable
      caption={s.assertions}
      testId="assertions-table"
      columns={[
        { header: s.figure, cell: (a: AssertionView) => <code>{a.figure}</code>, rowHeader: true },
        {
          header: s.about,
          cell: (a) => `${a.period ?? (a.asOf ? lesothoDay(a.asOf) : '')} · ${a.district ? word(strings.districts, a.district) : s.nationally}`,
        },
        { header: s.claimed, cell: (a) => <span data-column="value">{value(a.value)}</span>, numeric: true },
        { header: s.recorded, cell: (a) => <span data-column="recordedValue">{value(a.recordedValue)}</span>, numeric: true },
        { header: s.atMadeAt, cell: (a) => <span data-column="valueAsKnownAtMadeAt">{value(a.valueAsKnownAtMadeAt)}</span>, numeric: true },
        { header: s.now, cell: (a) => <span data-column="valueNow">{value(a.valueNow)}</span>, numeric: true },
        { header: s.verdict, cell: (a) => <VerdictWord verdict={a.verdict} /> },
        {
          header: s.changedBy,
          cell: (a) => (a.changedBy && a.changedBy.length > 0 ? (
            <ul className="changed-by">
              {a.changedBy.map((e) => (
                <li key={e.eventId} data-event-id={e.eventId}>{word(strings.eventTypes, e.type)}, {lesothoTime(e.recordedAt)}</li>
              ))}
            </ul>
          ) : '–'),
        },
      ]}
      rows={assertions}
      rowKey={(a) => String(assertions.indexOf(a))}
      rowClass={(a) => `assertion-${a.verdict}`}
    />
  );
}

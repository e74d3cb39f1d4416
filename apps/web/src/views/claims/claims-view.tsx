import { Link, useParams } from 'wouter';
import type { ClaimView, ListPage } from '../../api/list-types';
import { useApi } from '../../api/use-api';
import { DataTable } from '../../components/data-table';
import { lesothoDay } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { ViewHeading } from '../../components/view-heading';
import { strings } from '../../strings';
import { ClaimPage } from './claim-page';
import { VerdictCounts } from './verdicts';

export const CLAIMS_LIMIT = 100;

/** Claims: the register with each claim's verdicts, or one claim's page. */
export function ClaimsView() {
  const { claimId } = useParams<{ claimId?: string }>();
  const s = strings.claims;
  return (
    <article>
      <ViewHeading title={s.heading} />
      <p className="hint">{s.explain}</p>
      {claimId ? <ClaimPage key={claimId} claimId={claimId} /> : <ClaimsRegister />}
    </article>
  );
}

function ClaimsRegister() {
  const register = useApi<ListPage<ClaimView>>(`/v1/claims?limit=${CLAIMS_LIMIT}`);
  const s = strings.claims;
  return (
    <LoadedView loaded={register}>
      {(answer) => (
        <>
          <DataTable
            caption={s.register}
            testId="claims-table"
            columns={[
              { header: s.madeAt, cell: (claim: ClaimView) => lesothoDay(claim.madeAt), rowHeader: true },
              { header: s.madeBy, cell: (claim) => claim.madeBy },
              { header: s.statement, cell: (claim) => <Link href={`/claims/${claim.claimId}`} data-claim-id={claim.claimId}>{claim.statement}</Link> },
              { header: s.verdicts, cell: (claim) => <VerdictCounts claim={claim} /> },
            ]}
            rows={answer.items}
            rowKey={(claim) => claim.claimId}
          />
          {answer.items.length === 0 && <p className="hint">{s.none}</p>}
          {answer.nextCursor && <p className="hint">{strings.flags.more}</p>}
        </>
      )}
    </LoadedView>
  );
}

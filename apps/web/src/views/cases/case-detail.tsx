import { useState } from 'react';
import { apiPath } from '../../api/client';
import type { CaseAnswer, TimelineAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { may } from '../../access/route-roles';
import { fromLocalInput } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { useUser } from '../../session/session';
import { strings } from '../../strings';
import { CaseState } from './case-state';
import { CaseTimeline } from './case-timeline';
import { NOW, TimeTravelControls, type TimeTravel } from './time-travel';

/** One case: as it stands or stood (time travel), and, for roles that read it, its timeline with proofs. */
export function CaseDetail({ caseId }: { caseId: string }) {
  const user = useUser();
  const [travel, setTravel] = useState<TimeTravel>(NOW);
  const path = `/v1/cases/${encodeURIComponent(caseId)}`;
  const latest = useApi<CaseAnswer>(path);
  const travelling = travel !== NOW && (travel.asOf !== '' || travel.knownAt !== '' || travel.version !== null);
  const asItStood = useApi<CaseAnswer>(
    travelling ? apiPath(path, { asOf: fromLocalInput(travel.asOf), knownAt: fromLocalInput(travel.knownAt), version: travel.version }) : null,
  );
  const timeline = useApi<TimelineAnswer>(may(user.role, 'timeline') ? `${path}/timeline` : null);
  return (
    <LoadedView loaded={latest}>
      {(now) => (
        <>
          <TimeTravelControls value={travel} latestVersion={now.version} onChange={setTravel} />
          {travelling ? <LoadedView loaded={asItStood}>{(then) => <CaseState answer={then} />}</LoadedView> : <CaseState answer={now} />}
          {may(user.role, 'timeline') ? (
            <LoadedView loaded={timeline}>{(answer) => <CaseTimeline timeline={answer} travel={travel} />}</LoadedView>
          ) : (
            <p className="hint">{strings.cases.noTimeline}</p>
          )}
        </>
      )}
    </LoadedView>
  );
}

import { COUNTS_ONLY, may } from '../../access/route-roles';
import { ViewHeading } from '../../components/view-heading';
import { useUser } from '../../session/session';
import { strings } from '../../strings';
import { BacklogByDistrict } from './backlog-by-district';
import { DppBacklog } from './dpp-backlog';
import { Summonses } from './summonses';

/** DPP backlog and summonses, each shown to the roles its route answers (donors: counts). */
export function WorkListsView() {
  const user = useUser();
  return (
    <article>
      <ViewHeading title={strings.workLists.heading} />
      {may(user.role, 'dppBacklog') && <DppBacklog countsOnly={COUNTS_ONLY.includes(user.role)} />}
      {may(user.role, 'dppBacklog') && <BacklogByDistrict />}
      {may(user.role, 'summonses') && <Summonses countsOnly={COUNTS_ONLY.includes(user.role)} />}
    </article>
  );
}

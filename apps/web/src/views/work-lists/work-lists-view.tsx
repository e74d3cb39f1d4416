import { useId, useState } from 'react';
import { COUNTS_ONLY, may } from '../../access/route-roles';
import { ViewHeading } from '../../components/view-heading';
import { useUser } from '../../session/session';
import { strings } from '../../strings';
import { endOfLesothoDay } from '../../components/dates';
import { BacklogByDistrict } from './backlog-by-district';
import { DppBacklog } from './dpp-backlog';
import { Summonses } from './summonses';

/** DPP backlog and summonses, each shown to the roles its route answers (donors: counts), now or as they stood at the end of a day. */
export function WorkListsView() {
  const user = useUser();
  const [day, setDay] = useState('');
  const asOf = endOfLesothoDay(day);
  const pickerId = useId();
  return (
    <article>
      <ViewHeading title={strings.workLists.heading} />
      <div className="field">
        <label htmlFor={pickerId}>{strings.workLists.asOfPicker}</label>
        <input id={pickerId} type="date" value={day} onChange={(e) => setDay(e.currentTarget.value)} data-testid="work-lists-as-of" />
      </div>
      {may(user.role, 'dppBacklog') && <DppBacklog countsOnly={COUNTS_ONLY.includes(user.role)} asOf={asOf} />}
      {may(user.role, 'dppBacklog') && <BacklogByDistrict asOf={asOf} />}
      {may(user.role, 'summonses') && <Summonses countsOnly={COUNTS_ONLY.includes(user.role)} asOf={asOf} />}
    </article>
  );
}

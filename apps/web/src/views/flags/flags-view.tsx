import { useId, useState } from 'react';
import { COUNTS_ONLY } from '../../access/route-roles';
import { apiPath } from '../../api/client';
import { FLAG_KINDS, type FlagsAnswer } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { ViewHeading } from '../../components/view-heading';
import { useUser } from '../../session/session';
import { strings, word } from '../../strings';
import { FlagCounts } from './flag-counts';
import { FlagList, FLAG_LIST_LIMIT } from './flag-list';

/** Red flags: the list for the roles that read cases, counts of open flags by kind for a donor. */
export function FlagsView() {
  const user = useUser();
  const countsOnly = COUNTS_ONLY.includes(user.role);
  const [kind, setKind] = useState('');
  const [openOnly, setOpenOnly] = useState(true);
  const query = countsOnly ? {} : { kind, open: openOnly ? 'true' : null, limit: FLAG_LIST_LIMIT };
  const flags = useApi<FlagsAnswer>(apiPath('/v1/flags', query));
  const kindId = useId();
  const openId = useId();
  const s = strings.flags;
  return (
    <article>
      <ViewHeading title={s.heading} />
      <p className="hint">{s.explain}</p>
      {countsOnly ? (
        <p className="hint">{s.countsOnly}</p>
      ) : (
        <div className="filters">
          <div className="field">
            <label htmlFor={kindId}>{s.kindFilter}</label>
            <select id={kindId} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              <option value="">{s.all}</option>
              {FLAG_KINDS.map((value) => <option key={value} value={value}>{word(strings.flagKinds, value)}</option>)}
            </select>
          </div>
          <div className="field">
            <input id={openId} type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.currentTarget.checked)} />
            <label htmlFor={openId}>{s.openOnly}</label>
          </div>
        </div>
      )}
      <LoadedView loaded={flags}>
        {(answer) => (countsOnly ? <FlagCounts answer={answer} /> : <FlagList answer={answer} />)}
      </LoadedView>
    </article>
  );
}

import { useEffect, useState } from 'react';
import { apiPath } from '../../api/client';
import { DISTRICTS } from '../../api/list-types';
import type { BacklogAnswer } from '../../api/types';
import { fetchOnce, type Loaded } from '../../api/use-api';
import { StackedBars } from '../../charts/stacked-bars';
import { LoadedView } from '../../components/loaded-view';
import { useUser } from '../../session/session';
import { strings, word } from '../../strings';

/** The age bands of api.md's backlog answer, youngest first. */
export const AGE_BANDS = ['0-30', '31-90', '91-180', '181-365', '>365'] as const;

interface DistrictBacklog {
  readonly district: string;
  readonly ageBands: Readonly<Record<string, number | null>>;
}

/** Each district's backlog counts (one request a district; a district-scoped user has only their own). */
function useBacklogByDistrict(districts: readonly string[], asOf: string | null): Loaded<DistrictBacklog[]> {
  const [loaded, setLoaded] = useState<Loaded<DistrictBacklog[]>>({ state: 'loading' });
  const key = `${districts.join(',')}|${asOf ?? ''}`;
  useEffect(() => {
    let current = true;
    Promise.all(
      districts.map((district) =>
        fetchOnce<BacklogAnswer>(apiPath('/v1/dpp/backlog', { district, limit: 1, asOf })).then((answer) => ({ district, ageBands: answer.ageBands })),
      ),
    ).then(
      (data) => current && setLoaded({ state: 'ok', data }),
      (error: Error) => current && setLoaded({ state: 'error', error }),
    );
    return () => {
      current = false;
    };
    // The districts are read through their key: a new array of the same districts asks nothing again.
  }, [key]);
  return loaded;
}

/** The DPP backlog's age histogram by district: how long each district's dockets have waited for a decision. */
export function BacklogByDistrict({ asOf }: { asOf: string | null }) {
  const user = useUser();
  const byDistrict = useBacklogByDistrict(user.district ? [user.district] : DISTRICTS, asOf);
  const s = strings.workLists;
  return (
    <section aria-labelledby="backlog-by-district-heading">
      <h2 id="backlog-by-district-heading">{s.byDistrict}</h2>
      <LoadedView loaded={byDistrict}>
        {(rows) => (
          <StackedBars
            title={s.byDistrict}
            description={s.byDistrictExplain}
            parts={AGE_BANDS.map((band) => s.daysBand(band))}
            rows={rows.map((row) => ({ key: row.district, label: word(strings.districts, row.district), values: AGE_BANDS.map((band) => row.ageBands[band] ?? null) }))}
            testId="backlog-by-district"
          />
        )}
      </LoadedView>
    </section>
  );
}

import { useId } from 'react';
import { CASE_SORTS, CASE_STAGES, DISTRICTS, FORMS } from '../../api/list-types';
import { FLAG_KINDS } from '../../api/types';
import { strings, word } from '../../strings';

export interface CaseFilters {
  readonly district: string;
  readonly stage: string;
  readonly form: string;
  readonly flag: string;
  readonly sort: string;
}

export const NO_FILTERS: CaseFilters = { district: '', stage: '', form: '', flag: '', sort: '-referredAt' };

/** One labelled choice among the API's values (empty: any). */
function Choice({ label, value, options, name, onChange, any = true }: {
  label: string;
  value: string;
  options: readonly string[];
  name: (option: string) => string;
  onChange: (value: string) => void;
  any?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {any && <option value="">{strings.caseList.any}</option>}
        {options.map((option) => <option key={option} value={option}>{name(option)}</option>)}
      </select>
    </div>
  );
}

/** The case list's filters and sort; a district-scoped reader has no district to choose. */
export function CaseFilterFields({ filters, scoped, onChange }: { filters: CaseFilters; scoped: boolean; onChange: (next: CaseFilters) => void }) {
  const s = strings.caseList;
  const set = (key: keyof CaseFilters) => (value: string) => onChange({ ...filters, [key]: value });
  return (
    <div className="filters">
      {!scoped && <Choice label={s.district} value={filters.district} options={DISTRICTS} name={(d) => word(strings.districts, d)} onChange={set('district')} />}
      <Choice label={s.stage} value={filters.stage} options={CASE_STAGES} name={(v) => word({}, v)} onChange={set('stage')} />
      <Choice label={s.form} value={filters.form} options={FORMS} name={(v) => word(strings.words, v)} onChange={set('form')} />
      <Choice label={s.flag} value={filters.flag} options={FLAG_KINDS} name={(v) => word(strings.flagKinds, v)} onChange={set('flag')} />
      <Choice label={s.sort} value={filters.sort} options={CASE_SORTS} name={(v) => word(s.sorts, v)} onChange={set('sort')} any={false} />
    </div>
  );
}

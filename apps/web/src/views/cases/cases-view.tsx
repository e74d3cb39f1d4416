import { useId, useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'wouter';
import { ViewHeading } from '../../components/view-heading';
import { strings } from '../../strings';
import { CaseDetail } from './case-detail';

const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Cases: open one by its id (the case list and search slot in here once the API lists cases). */
export function CasesView() {
  const { caseId } = useParams<{ caseId?: string }>();
  const [, navigate] = useLocation();
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const s = strings.cases;

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = (event.currentTarget.elements.namedItem('caseId') as HTMLInputElement).value.trim();
    setInvalid(!CASE_ID.test(value));
    if (CASE_ID.test(value)) navigate(`/cases/${value.toLowerCase()}`);
  }

  return (
    <article>
      <ViewHeading title={caseId ? `${s.heading}: ${caseId}` : s.heading} />
      <form className="controls" onSubmit={open}>
        <div className="field">
          <label htmlFor={id}>{s.lookup}</label>
          <input id={id} name="caseId" defaultValue={caseId ?? ''} aria-describedby={`${id}-hint`} aria-invalid={invalid} spellCheck={false} size={38} />
          <p id={`${id}-hint`} className="hint">{invalid ? s.invalidId : s.lookupHint}</p>
        </div>
        <button type="submit">{s.open}</button>
      </form>
      {caseId && CASE_ID.test(caseId) && <CaseDetail key={caseId} caseId={caseId} />}
    </article>
  );
}

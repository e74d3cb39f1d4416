import { useId } from 'react';
import { lesothoDay } from '../../components/dates';
import { strings } from '../../strings';

/** The first of each month from the period's start to now, in Lesotho time; the last step is "now". */
export function knownAtSteps(periodStart: string, now: Date): string[] {
  const steps: string[] = [];
  let year = Number(periodStart.slice(0, 4));
  let month = Number(periodStart.slice(5, 7));
  for (;;) {
    const step = `${year}-${String(month).padStart(2, '0')}-01T00:00:00+02:00`;
    if (Date.parse(step) >= now.getTime()) break;
    steps.push(step);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return steps;
}

/** A slider over the moments the record could have been read at; `null` is now. */
export function KnownAtSlider({ steps, value, onChange }: { steps: readonly string[]; value: string | null; onChange: (knownAt: string | null) => void }) {
  const id = useId();
  const s = strings.report;
  const index = value === null ? steps.length : Math.max(0, steps.indexOf(value));
  const label = value === null ? s.knownAtNow : lesothoDay(value);
  return (
    <div className="field slider">
      <label htmlFor={id}>{s.knownAt}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={steps.length}
        step={1}
        value={index}
        aria-valuetext={label}
        aria-describedby={`${id}-explain`}
        onChange={(event) => {
          const i = Number(event.currentTarget.value);
          onChange(i >= steps.length ? null : steps[i]!);
        }}
      />
      <output htmlFor={id} data-testid="known-at">{label}</output>
      <p id={`${id}-explain`} className="hint">{s.knownAtExplain}</p>
    </div>
  );
}

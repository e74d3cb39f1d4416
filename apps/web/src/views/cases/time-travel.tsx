import { useId } from 'react';
import { strings } from '../../strings';

export interface TimeTravel {
  /** `datetime-local` values (Lesotho time); empty: not set. */
  readonly asOf: string;
  readonly knownAt: string;
  /** null: every event. */
  readonly version: number | null;
}

export const NOW: TimeTravel = { asOf: '', knownAt: '', version: null };

/** asOf, knownAt and version, which combine (api.md: GET /v1/cases/:caseId). */
export function TimeTravelControls({ value, latestVersion, onChange }: { value: TimeTravel; latestVersion: number; onChange: (next: TimeTravel) => void }) {
  const id = useId();
  const s = strings.cases;
  const version = value.version ?? latestVersion;
  return (
    <fieldset className="time-travel">
      <legend>{s.timeTravel}</legend>
      <p className="hint" id={`${id}-explain`}>{s.timeTravelExplain}</p>
      <div className="controls">
        <div className="field">
          <label htmlFor={`${id}-as-of`}>{s.asOf}</label>
          <input id={`${id}-as-of`} type="datetime-local" value={value.asOf} onChange={(e) => onChange({ ...value, asOf: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-known-at`}>{s.knownAt}</label>
          <input id={`${id}-known-at`} type="datetime-local" value={value.knownAt} onChange={(e) => onChange({ ...value, knownAt: e.currentTarget.value })} />
        </div>
        <div className="field slider">
          <label htmlFor={`${id}-version`}>{s.versionSlider(version, latestVersion)}</label>
          <input
            id={`${id}-version`}
            type="range"
            min={1}
            max={latestVersion}
            value={version}
            onChange={(e) => {
              const next = Number(e.currentTarget.value);
              onChange({ ...value, version: next >= latestVersion ? null : next });
            }}
          />
        </div>
        <button type="button" onClick={() => onChange(NOW)} disabled={value === NOW}>{s.reset}</button>
      </div>
    </fieldset>
  );
}

import { lesothoTime } from '../../components/dates';
import { strings, word } from '../../strings';
import type { BundleOutcome } from './bundle-check';

/** Each step of a bundle's verification and its result, then what the bundle proves (or where it failed). */
export function BundleSteps({ outcome }: { outcome: BundleOutcome }) {
  const s = strings.bundleCheck;
  const failed = outcome.steps.find((step) => step.state === 'fail');
  const verified = outcome.verified;
  return (
    <div data-testid="bundle-result" data-verified={verified ? 'true' : 'false'} data-failed-step={failed?.step ?? ''}>
      <p role="status" className={verified ? 'ok' : 'error'}>
        {verified ? s.authentic(verified.treeSize, lesothoTime(verified.signedAt)) : s.notAuthentic(failed ? s.steps[failed.step] ?? failed.step : '')}
      </p>
      <ol>
        {outcome.steps.map((step) => (
          <li key={step.step} data-step={step.step} data-state={step.state} data-ok={step.state === 'fail' ? 'false' : 'true'}>
            {s.steps[step.step]}: <strong>{s[step.state === 'pass' ? 'pass' : step.state === 'fail' ? 'fail' : 'notReached']}</strong>
            {step.reason && <> ({step.reason})</>}
          </li>
        ))}
      </ol>
      {verified && (
        <ul data-testid="bundle-figures">
          {verified.assertions.map((a, index) => (
            <li key={index} data-figure={a.figure} data-basis={a.basis} data-value={a.value}>
              <code>{a.figure}</code> {a.period ?? a.asOf} {a.district ?? strings.claims.nationally} = {a.value}:{' '}
              {word(strings.claims.verdictNames, a.verdict)}, {s.basis[a.basis]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import type { ClaimView, Verdict } from '../../api/list-types';
import { strings, word } from '../../strings';

/** A verdict in words, marked for the eye (class) and for a test (data-verdict). */
export function VerdictWord({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict-${verdict}`} data-verdict={verdict}>{word(strings.claims.verdictNames, verdict)}</span>;
}

/** How many of a claim's assertions got each verdict ("2 supported, 1 restated since"). */
export function VerdictCounts({ claim }: { claim: ClaimView }) {
  const counts = new Map<Verdict, number>();
  for (const assertion of claim.assertions) counts.set(assertion.verdict, (counts.get(assertion.verdict) ?? 0) + 1);
  return (
    <ul className="verdicts">
      {[...counts].map(([verdict, n]) => (
        <li key={verdict} data-count={n}>{n} <VerdictWord verdict={verdict} /></li>
      ))}
    </ul>
  );
}

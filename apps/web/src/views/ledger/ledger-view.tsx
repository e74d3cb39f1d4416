import { useEffect, useState } from 'react';
import type { Checkpoint } from '../../api/types';
import { useApi } from '../../api/use-api';
import { lesothoTime } from '../../components/dates';
import { LoadedView } from '../../components/loaded-view';
import { ViewHeading } from '../../components/view-heading';
import { strings } from '../../strings';
import { CheckpointHistory } from './checkpoint-history';
import { checkCheckpoint, type CheckpointChecks } from './checkpoint-checks';
import { lastSeenTree, rememberTree } from './last-visit';

/** The ledger: the latest signed checkpoint, checked in this browser, and consistency with what this tab saw before. */
export function LedgerView() {
  const checkpoint = useApi<Checkpoint>('/v1/ledger/checkpoint');
  const s = strings.ledger;
  return (
    <article>
      <ViewHeading title={s.heading} />
      <p>{s.explain}</p>
      <LoadedView loaded={checkpoint}>{(answer) => <CheckpointPanel checkpoint={answer} />}</LoadedView>
    </article>
  );
}

function CheckpointPanel({ checkpoint }: { checkpoint: Checkpoint }) {
  const [checks, setChecks] = useState<CheckpointChecks | null>(null);
  const s = strings.ledger;
  useEffect(() => {
    let current = true;
    const before = lastSeenTree();
    void checkCheckpoint(checkpoint, before).then((result) => {
      if (!current) return;
      setChecks(result);
      if (result.steps.every((step) => step.ok)) rememberTree(checkpoint);
    });
    return () => {
      current = false;
    };
  }, [checkpoint]);
  return (
    <section data-testid="checkpoint">
      <dl className="facts">
        <dt>{s.treeSize}</dt><dd data-testid="tree-size" data-value={checkpoint.treeSize}>{checkpoint.treeSize.toLocaleString('en')}</dd>
        <dt>{s.rootHash}</dt><dd><code className="hash">{checkpoint.rootHash}</code></dd>
        <dt>{s.signedAt}</dt><dd>{lesothoTime(checkpoint.signedAt)}</dd>
        <dt>{s.key}</dt><dd><code className="hash">{checkpoint.verifierKey}</code></dd>
      </dl>
      <h2>{s.note}</h2>
      <pre className="note">{checkpoint.note}</pre>
      {checks === null ? (
        <p role="status">{strings.proof.verifying}</p>
      ) : (
        <div className="proof" data-testid="checkpoint-checks" data-verified={checks.steps.every((c) => c.ok) ? 'true' : 'false'}>
          <h2>{s.sinceLastVisit}</h2>
          <p role="status">
            {checks.before === null
              ? s.firstVisit
              : checks.before.treeSize === checkpoint.treeSize
                ? s.unchanged(checkpoint.treeSize)
                : s.grew(checks.before.treeSize, checkpoint.treeSize)}
          </p>
          <ol>
            {checks.steps.map((step) => (
              <li key={step.step} data-step={step.step} data-ok={step.ok ? 'true' : 'false'}>
                {strings.proof.steps[step.step]}: <strong>{step.ok ? strings.proof.pass : strings.proof.fail}</strong>
              </li>
            ))}
          </ol>
        </div>
      )}
      <CheckpointHistory treeSize={checkpoint.treeSize} />
    </section>
  );
}

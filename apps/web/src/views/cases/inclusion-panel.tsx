import { useEffect, useState } from 'react';
import { apiGet, apiPath, ApiFailure } from '../../api/client';
import type { Checkpoint, InclusionProof } from '../../api/types';
import { proveInclusion, type StepResult } from '../../ledger/prove-inclusion';
import { strings } from '../../strings';

type Outcome =
  | { state: 'verifying' }
  | { state: 'done'; steps: StepResult[]; proof: InclusionProof }
  | { state: 'not-sealed' }
  | { state: 'error'; message: string };

/**
 * Proves in this browser that an event is in the signed ledger: the latest checkpoint, the event's inclusion
 * proof in that very tree, and every check done here with WebCrypto (the server's word is not taken for any).
 */
export function InclusionPanel({ eventId }: { eventId: string }) {
  const [outcome, setOutcome] = useState<Outcome>({ state: 'verifying' });
  const s = strings.proof;
  useEffect(() => {
    let current = true;
    (async () => {
      const checkpoint = await apiGet<Checkpoint>('/v1/ledger/checkpoint');
      const proof = await apiGet<InclusionProof>(apiPath('/v1/ledger/proofs/inclusion', { eventId, treeSize: checkpoint.treeSize }));
      const steps = await proveInclusion(eventId, proof, checkpoint, checkpoint.verifierKey);
      if (current) setOutcome({ state: 'done', steps, proof });
    })().catch((error: unknown) => {
      if (!current) return;
      if (error instanceof ApiFailure && (error.code === 'EVENT_NOT_SEALED' || error.code === 'LEDGER_EMPTY')) setOutcome({ state: 'not-sealed' });
      else setOutcome({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      current = false;
    };
  }, [eventId]);

  if (outcome.state === 'verifying') return <p role="status">{s.verifying}</p>;
  if (outcome.state === 'not-sealed') return <p role="status">{s.notSealed}</p>;
  if (outcome.state === 'error') return <p role="alert" className="error">{strings.app.failed(outcome.message)}</p>;
  const ok = outcome.steps.every((step) => step.ok);
  return (
    <div className="proof" data-testid="inclusion-proof" data-verified={ok ? 'true' : 'false'}>
      <p role="status" className={ok ? 'ok' : 'error'}>
        {ok ? s.ok : s.failed} ({s.leafIndex(outcome.proof.leafIndex, outcome.proof.treeSize)})
      </p>
      <ol>
        {outcome.steps.map((step) => (
          <li key={step.step} data-step={step.step} data-ok={step.ok ? 'true' : 'false'}>
            {s.steps[step.step]}: <strong>{step.ok ? s.pass : s.fail}</strong>
          </li>
        ))}
      </ol>
    </div>
  );
}

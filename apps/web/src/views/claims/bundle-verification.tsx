import { useState, type DragEvent } from 'react';
import { apiGetText } from '../../api/client';
import type { Checkpoint } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { strings } from '../../strings';
import { checkBundle, witnessKeysOf, type BundleOutcome } from './bundle-check';
import { BundleSteps } from './bundle-steps';

type Run = { state: 'idle' } | { state: 'verifying' } | { state: 'done'; outcome: BundleOutcome; file?: string } | { state: 'error'; message: string };

/**
 * "Verify in this browser": the claim's bundle, or a bundle file the user was given, checked here with the CLI's
 * code against the keys shown (the ledger's key as this service gives it, and any witness keys typed in).
 */
export function BundleVerification({ claimId }: { claimId: string }) {
  const checkpoint = useApi<Checkpoint>('/v1/ledger/checkpoint');
  const s = strings.bundleCheck;
  return (
    <section className="proof" data-testid="bundle-verification" aria-labelledby="bundle-heading">
      <h2 id="bundle-heading">{s.heading}</h2>
      <p className="hint">{s.explain}</p>
      <LoadedView loaded={checkpoint}>{(answer) => <VerifyWithKey claimId={claimId} logKey={answer.verifierKey} />}</LoadedView>
    </section>
  );
}

function VerifyWithKey({ claimId, logKey }: { claimId: string; logKey: string }) {
  const [witnessText, setWitnessText] = useState('');
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const s = strings.bundleCheck;
  const witnessKeys = witnessKeysOf(witnessText);

  const verify = (json: Promise<string>, file?: string) => {
    setRun({ state: 'verifying' });
    json
      .then((text) => checkBundle(text, { logKey, witnessKeys }))
      .then((outcome) => setRun({ state: 'done', outcome, ...(file ? { file } : {}) }))
      .catch((error: unknown) => setRun({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
  };
  const verifyFile = (file: File | undefined) => file && verify(file.text(), file.name);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    verifyFile(event.dataTransfer.files[0]);
  };

  return (
    <>
      <h3>{s.trusted}</h3>
      <dl className="facts" data-testid="trusted-keys">
        <dt>{s.logKey}</dt>
        <dd><code data-testid="trusted-log-key">{logKey}</code> <span className="hint">{s.logKeyFrom}</span></dd>
        <dt><label htmlFor="witness-keys">{s.witnessKeys}</label></dt>
        <dd>
          <textarea id="witness-keys" rows={2} value={witnessText} onChange={(e) => setWitnessText(e.target.value)} spellCheck={false} />
          {witnessKeys.length === 0 && <span className="hint"> {s.noWitnessKeys}</span>}
        </dd>
      </dl>
      <p>
        <button type="button" onClick={() => verify(apiGetText(`/v1/claims/${encodeURIComponent(claimId)}/bundle`))} disabled={run.state === 'verifying'}>
          {s.verify}
        </button>
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="bundle-drop"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="bundle-file">{s.drop}</label>{' '}
        <input id="bundle-file" type="file" accept="application/json,.json" onChange={(e) => verifyFile(e.target.files?.[0])} />
        <p className="hint">{s.dropHint}</p>
      </div>
      {run.state === 'verifying' && <p role="status">{s.verifying}</p>}
      {run.state === 'error' && <p role="alert" className="error">{strings.app.failed(run.message)}</p>}
      {run.state === 'done' && (
        <>
          {run.file && <p className="hint" data-testid="bundle-file-name">{s.fileName(run.file)}</p>}
          <BundleSteps outcome={run.outcome} />
        </>
      )}
    </>
  );
}

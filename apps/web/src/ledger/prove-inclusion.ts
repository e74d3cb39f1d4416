import type { Checkpoint, InclusionProof } from '../api/types';
import { equal, fromBase64 } from './bytes';
import { leafHash, verifyInclusion } from './merkle';
import { parseCheckpointNote, parseVerifierKey, sameRoot, signedBy } from './signed-checkpoint';

export type ProofStep = 'entry' | 'entryWithheld' | 'entryNames' | 'root' | 'note' | 'keyId' | 'signature';

export interface StepResult {
  readonly step: ProofStep;
  readonly ok: boolean;
}

/**
 * Checks, in this browser, that `eventId` is leaf `proof.leafIndex` of the tree the signed checkpoint commits to:
 * the entry hashes to the leaf and names the event (when the role may see the entry), the audit path leads to
 * the root, the note states that size and root, and the trusted key signed the note. Every step is reported.
 */
export async function proveInclusion(eventId: string, proof: InclusionProof, checkpoint: Checkpoint, verifierKey: string): Promise<StepResult[]> {
  const steps: StepResult[] = [];
  const check = async (step: ProofStep, test: () => boolean | Promise<boolean>) => {
    let ok = false;
    try {
      ok = await test();
    } catch {
      ok = false;
    }
    steps.push({ step, ok });
    return ok;
  };
  const leaf = fromBase64(proof.leafHash);
  if (proof.entry === null) {
    steps.push({ step: 'entryWithheld', ok: true });
  } else {
    const entry = fromBase64(proof.entry);
    await check('entry', async () => equal(await leafHash(entry), leaf));
    await check('entryNames', () => (JSON.parse(new TextDecoder().decode(entry)) as { eventId?: unknown }).eventId === eventId);
  }
  const note = parseCheckpointNote(checkpoint.note);
  const root = fromBase64(checkpoint.rootHash);
  await check('root', () => proof.treeSize === checkpoint.treeSize && verifyInclusion(leaf, proof.leafIndex, proof.treeSize, proof.auditPath.map(fromBase64), root));
  await check('note', () => note.treeSize === checkpoint.treeSize && sameRoot(note, root));
  const key = await parseVerifierKey(verifierKey);
  await check('keyId', () => key.idMatches);
  await check('signature', () => signedBy(note, key));
  return steps;
}

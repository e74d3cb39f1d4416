import { apiGet, apiPath } from '../../api/client';
import type { Checkpoint, ConsistencyProof } from '../../api/types';
import { fromBase64 } from '../../ledger/bytes';
import { verifyConsistency } from '../../ledger/merkle';
import { parseCheckpointNote, parseVerifierKey, sameRoot, signedBy } from '../../ledger/signed-checkpoint';
import type { SeenTree } from './last-visit';

export interface CheckpointChecks {
  readonly steps: readonly { step: 'note' | 'keyId' | 'signature' | 'consistency'; ok: boolean }[];
  /** The tree this tab saw before, if any. */
  readonly before: SeenTree | null;
}

/** The checkpoint's note, key and signature checked here, and, when this tab saw a tree before, that this one extends it. */
export async function checkCheckpoint(checkpoint: Checkpoint, before: SeenTree | null): Promise<CheckpointChecks> {
  const note = parseCheckpointNote(checkpoint.note);
  const root = fromBase64(checkpoint.rootHash);
  const key = await parseVerifierKey(checkpoint.verifierKey);
  const steps: { step: 'note' | 'keyId' | 'signature' | 'consistency'; ok: boolean }[] = [
    { step: 'note', ok: note.treeSize === checkpoint.treeSize && sameRoot(note, root) },
    { step: 'keyId', ok: key.idMatches },
    { step: 'signature', ok: await signedBy(note, key) },
  ];
  if (before && before.treeSize <= checkpoint.treeSize) {
    const proof =
      before.treeSize === checkpoint.treeSize
        ? { proof: [] }
        : await apiGet<ConsistencyProof>(apiPath('/v1/ledger/proofs/consistency', { from: before.treeSize, to: checkpoint.treeSize }));
    const ok = await verifyConsistency(before.treeSize, checkpoint.treeSize, fromBase64(before.rootHash), root, proof.proof.map(fromBase64));
    steps.push({ step: 'consistency', ok });
  } else if (before) {
    steps.push({ step: 'consistency', ok: false });
  }
  return { steps, before };
}

import type { Checkpoint, InclusionProof } from '../api/types';
import { concat, equal, fromBase64 } from './bytes';
import { leafHash, sha256, verifyInclusion } from './merkle';
import { parseCheckpointNote, parseVerifierKey, sameRoot, signedBy } from './signed-checkpoint';

export type ProofStep = 'entry' | 'entryHidden' | 'entryNames' | 'root' | 'note' | 'keyId' | 'signature';

/** Leaf format 2 (docs/verification.md): the public part and the salted commitment to the private part. */
interface LeafEntry {
  readonly v: number;
  readonly public: { readonly eventId?: unknown } | null;
  readonly commitment: string;
}

const PRIVATE_COMMITMENT_DOMAIN = new TextEncoder().encode('casetrail/leaf/v2/private\n');

/** The event a leaf names: in its public part, or in its private part when that is given and opens the commitment. */
async function namedEvent(entry: LeafEntry, proof: InclusionProof): Promise<unknown> {
  if (entry.public !== null) return entry.public.eventId;
  if (!proof.privatePart || !proof.salt) return undefined;
  const privatePart = fromBase64(proof.privatePart);
  const commitment = await sha256(concat(PRIVATE_COMMITMENT_DOMAIN, fromBase64(proof.salt), privatePart));
  if (!equal(commitment, fromBase64(entry.commitment))) return undefined;
  return (JSON.parse(new TextDecoder().decode(privatePart)) as { eventId?: unknown }).eventId;
}

export interface StepResult {
  readonly step: ProofStep;
  readonly ok: boolean;
}

/**
 * Checks, in this browser, that `eventId` is leaf `proof.leafIndex` of the tree the signed checkpoint commits to:
 * the entry hashes to the leaf and names the event (when the role may see which event it is), the audit path leads to
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
  // Every role is given the entry (leaf format 2); a server that withholds it proves nothing about which event the leaf is.
  if (typeof proof.entry !== 'string') {
    steps.push({ step: 'entry', ok: false });
  } else {
    const entry = fromBase64(proof.entry);
    await check('entry', async () => equal(await leafHash(entry), leaf));
    const opened = JSON.parse(new TextDecoder().decode(entry)) as LeafEntry;
    if (opened.v !== 2) steps.push({ step: 'entryNames', ok: false });
    // A victim's leaf shows only that it exists; a role that may not read the timeline cannot see which event it is.
    else if (opened.public === null && !proof.privatePart) steps.push({ step: 'entryHidden', ok: true });
    else await check('entryNames', async () => (await namedEvent(opened, proof)) === eventId);
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

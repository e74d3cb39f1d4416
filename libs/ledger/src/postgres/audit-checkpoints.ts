import { openCheckpoint } from '../checkpoint/signed-checkpoint';
import { signedAtOf } from '../cosignature/signed-at';
import { bytesEqual, toBase64 } from '../encoding';
import { emptyRoot } from '../merkle/hashing';
import type { AuditFailure } from './audit-report';
import type { StoredCheckpoint } from './checkpoint-rows';

/** A signed checkpoint to check: a stored one (whose columns must match its note), or one an auditor kept. */
export interface CheckpointToVerify {
  readonly label: string;
  readonly note: string;
  readonly stored?: Pick<StoredCheckpoint, 'treeSize' | 'rootHash'> & Partial<Pick<StoredCheckpoint, 'signedAt'>>;
}

export function storedToVerify(row: StoredCheckpoint): CheckpointToVerify {
  return { label: `checkpoint #${row.id} (tree size ${row.treeSize}, signed ${row.signedAt})`, note: row.note, stored: row };
}

/** The tree heads the signed checkpoints vouch for: the root of each signed size. */
export type SignedHeads = ReadonlyMap<number, Uint8Array>;

const failure = (reason: string): AuditFailure => ({ eventId: null, leafIndex: null, reason });

/**
 * Opens every checkpoint with the trusted keys only. A checkpoint no trusted key signed, a stored
 * row whose columns differ from its signed note (its signedAt included), or two signed roots for one size (a fork) fail.
 */
export function signedHeads(
  checkpoints: readonly CheckpointToVerify[],
  trusted: { readonly origin: string; readonly verifierKeys: readonly string[] },
): SignedHeads | AuditFailure {
  const heads = new Map<number, Uint8Array>();
  for (const { label, note, stored } of checkpoints) {
    let opened;
    try {
      opened = openCheckpoint(note, trusted);
    } catch (error) {
      return failure(`${label} does not verify with the given key: ${(error as Error).message}`);
    }
    const signed = opened.checkpoint;
    if (stored && (signed.treeSize !== stored.treeSize || !bytesEqual(signed.rootHash, stored.rootHash))) {
      return failure(`${label}: the stored size or root differs from what its note signs`);
    }
    if (stored?.signedAt !== undefined) {
      const problem = signedAtProblem(note, opened.verifiedBy[0]!.verifierKey, stored.signedAt);
      if (problem) return failure(`${label}: ${problem}`);
    }
    const earlier = heads.get(signed.treeSize);
    if (earlier && !bytesEqual(earlier, signed.rootHash)) {
      return failure(`two signed checkpoints of tree size ${signed.treeSize} have different roots (${toBase64(earlier)}, ${toBase64(signed.rootHash)}): the log forked`);
    }
    if (signed.treeSize === 0 && !bytesEqual(signed.rootHash, emptyRoot())) {
      return failure(`${label} signs a root for the empty tree that is not the hash of nothing`);
    }
    heads.set(signed.treeSize, signed.rootHash);
  }
  return heads;
}

function signedAtProblem(note: string, verifierKey: string, storedSignedAt: string): string | null {
  let signedAt: string;
  try {
    signedAt = signedAtOf(note, verifierKey).toISOString();
  } catch (error) {
    return `its signedAt is not signed: ${(error as Error).message}`;
  }
  return signedAt === storedSignedAt ? null : `the stored signedAt ${storedSignedAt} differs from the signed ${signedAt}`;
}

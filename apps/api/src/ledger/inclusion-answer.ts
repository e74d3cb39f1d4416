import type { Role } from '@casetrail/domain';
import { openLedgerEntry, toBase64, type InclusionProof } from '@casetrail/ledger';
import type { InclusionProofDto } from './ledger.query';

/** The roles that read a case's timeline (every event, its actor and data): they may see a leaf's private part too. */
export const TIMELINE_ROLES: readonly Role[] = ['investigator', 'prosecutor', 'court_clerk', 'auditor', 'coordinator'];

/**
 * An inclusion proof as `role` may see it: every role gets the entry, its public part and the private
 * commitment (enough to recompute the leaf hash); the timeline roles also get the private part and its salt.
 */
export function inclusionAnswer(proof: InclusionProof, role: Role): InclusionProofDto {
  const { publicPart, commitment } = openLedgerEntry(proof.entry);
  const mayReadPrivate = TIMELINE_ROLES.includes(role);
  return {
    leafIndex: proof.leafIndex,
    leafHash: toBase64(proof.leafHash),
    entry: toBase64(proof.entry),
    publicPart,
    commitment: toBase64(commitment),
    privatePart: mayReadPrivate ? toBase64(proof.privatePart) : null,
    salt: mayReadPrivate ? toBase64(proof.salt) : null,
    auditPath: proof.auditPath.map(toBase64),
    treeSize: proof.treeSize,
  };
}

import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import {
  bundleMoment, CLAIM_BUNDLE_FORMAT, claimOfLeaf, cosignaturesOf, isRecomputable, leafEvaluation, LedgerProofs, openLedgerEntry, readSealedLeafOf,
  readSealedLeaves, reportEventsOfLeaves, toBase64, type BundleAssertion, type BundleLeaf, type ClaimBundle, type StoredCheckpoint,
} from '@casetrail/ledger';
import { readReportEvents, type RecordedClaim } from '@casetrail/read-models';
import { evaluateAssertion } from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { DATABASE } from '../config/tokens';
import { ApiError } from '../http/api-error';
import { CurrentCheckpoint } from '../ledger/current-checkpoint';

/** Leaves read per query. */
const BATCH = 5000;

/**
 * A claim's bundle (docs/verification.md section 3): the latest checkpoint that holds the claim (signed now
 * when none does yet), every leaf of its tree as commitment and public part, the claim's audit path, and
 * each assertion evaluated at the bundle's moment (signedAt, or its latest leaf's recordedAt when later): from the leaves, or for a figure about victims as
 * the server's statement (suppressed for a donor).
 */
@Injectable()
export class ClaimBundleBuilder {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly checkpoints: CurrentCheckpoint,
    private readonly proofs: LedgerProofs,
  ) {}

  async build(claim: RecordedClaim, user: User): Promise<ClaimBundle> {
    const checkpoint = await this.checkpointHolding(claim.eventId);
    const pool = this.database.pool;
    const leaves = await this.leavesOf(checkpoint.treeSize);
    const proof = await this.proofs.inclusion(claim.eventId, checkpoint.treeSize);
    const leafClaim = claimOfLeaf(leaves[proof.leafIndex]);
    if (!leafClaim) throw new Error(`leaf ${proof.leafIndex} does not hold claim ${claim.claimId}`);
    const now = bundleMoment(leaves, checkpoint.signedAt);
    const evaluate = leafEvaluation(reportEventsOfLeaves(leaves));
    const needsStatement = leafClaim.assertions.some((assertion) => !isRecomputable(assertion));
    const recorded = needsStatement ? await readReportEvents(pool, now) : [];
    const assertions = leafClaim.assertions.map((assertion): BundleAssertion => {
      if (isRecomputable(assertion)) return { ...evaluate(leafClaim, assertion, now), basis: 'leaves' };
      const scoped = assertion.district === null ? recorded : recorded.filter((event) => event.district === assertion.district);
      const moments = { recordedAt: leafClaim.recordedAt, madeAt: leafClaim.madeAt, now };
      return { ...evaluateAssertion(scoped, assertion, moments, user.role === 'donor'), basis: 'statement' };
    });
    const cosignatures = (await cosignaturesOf(pool, [checkpoint.id])).get(checkpoint.id) ?? [];
    return {
      format: CLAIM_BUNDLE_FORMAT,
      checkpoint: { note: checkpoint.note, cosignatures: cosignatures.map((c) => c.line) },
      claim: { claimId: claim.claimId, leafIndex: proof.leafIndex, auditPath: proof.auditPath.map(toBase64) },
      leaves,
      assertions,
    };
  }

  private async checkpointHolding(eventId: string): Promise<StoredCheckpoint> {
    const leaf = await readSealedLeafOf(this.database.pool, eventId);
    const current = await this.checkpoints.get();
    if (leaf && leaf.leafIndex < current.treeSize) return current;
    const signed = await this.checkpoints.signNow();
    const sealed = leaf ?? (await readSealedLeafOf(this.database.pool, eventId));
    if (!sealed || sealed.leafIndex >= signed.treeSize) {
      throw new ApiError(409, 'CLAIM_NOT_SEALED', 'the claim is not sealed in the ledger yet; ask again in a moment');
    }
    return signed;
  }

  private async leavesOf(treeSize: number): Promise<BundleLeaf[]> {
    const leaves: BundleLeaf[] = [];
    for (let from = 0; from < treeSize; from += BATCH) {
      const batch = await readSealedLeaves(this.database.pool, from, Math.min(from + BATCH, treeSize));
      for (const leaf of batch.values()) {
        const { publicPart, commitment } = openLedgerEntry(leaf.entry);
        leaves.push([toBase64(commitment), publicPart]);
      }
    }
    if (leaves.length !== treeSize) throw new Error(`read ${leaves.length} leaves of a tree of ${treeSize}`);
    return leaves;
  }
}

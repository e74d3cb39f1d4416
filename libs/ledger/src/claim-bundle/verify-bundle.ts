import { openCheckpoint } from '../checkpoint/signed-checkpoint';
import { openCosignatureLine } from '../cosignature/cosignature';
import { parseCosignerKey, type CosignerKey } from '../cosignature/cosigner-key';
import { signedAtOf } from '../cosignature/signed-at';
import { bytesEqual, fromBase64, toBase64 } from '../encoding';
import { canonicalJson } from '../jcs/canonical-json';
import { leafHash } from '../merkle/hashing';
import { rootFromLeafHashes } from '../merkle/reference';
import { verifyInclusion } from '../merkle/verify';
import { parseVerifierKey } from '../note/keys';
import { CLAIM_BUNDLE_FORMAT, type BundleAssertion, type BundleLeaf, type ClaimBundle } from './bundle-format';
import { bundleEntryBytes } from './bundle-entry';
import { isRecomputable, leafEvaluation } from './evaluate-from-leaves';
import { bundleMoment, claimOfLeaf, reportEventsOfLeaves } from './leaf-events';

/** The keys a verifier trusts, given by the donor, never read from the bundle. */
export interface TrustedKeys {
  /** The log's note verifier key. */
  readonly logKey: string;
  readonly witnessKeys: readonly string[];
  /** Distinct trusted witnesses whose cosignatures must verify (default: every witness key given). */
  readonly witnessesNeeded?: number;
}

export type VerificationStep = 'format' | 'checkpoint' | 'signedAt' | 'witnesses' | 'leaves' | 'claim' | 'proof' | 'figures';

/** The step of verification that failed, and why. */
export class BundleVerificationError extends Error {
  override readonly name = 'BundleVerificationError';
  constructor(
    readonly step: VerificationStep,
    reason: string,
  ) {
    super(`${step}: ${reason}`);
  }
}

export interface VerifiedBundle {
  readonly claimId: string;
  readonly treeSize: number;
  readonly signedAt: string;
  readonly witnesses: readonly string[];
  readonly assertions: readonly BundleAssertion[];
}

function step<T>(name: VerificationStep, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BundleVerificationError) throw error;
    throw new BundleVerificationError(name, error instanceof Error ? error.message : String(error));
  }
}

function fail(name: VerificationStep, reason: string): never {
  throw new BundleVerificationError(name, reason);
}

/** Checks a claim bundle (docs/verification.md section 3.2, steps 1 to 8), trusting only `keys`. */
export function verifyClaimBundle(json: string, keys: TrustedKeys): VerifiedBundle {
  const bundle = step('format', () => readBundle(json));
  const logKey = step('checkpoint', () => parseVerifierKey(keys.logKey));
  const opened = step('checkpoint', () => openCheckpoint(bundle.checkpoint.note, { origin: logKey.name, verifierKeys: [keys.logKey] }));
  const { treeSize, rootHash } = opened.checkpoint;
  const signedAt = step('signedAt', () => signedAtOf(bundle.checkpoint.note, keys.logKey).toISOString());
  const witnesses = step('witnesses', () => verifyWitnesses(opened.text, bundle.checkpoint.cosignatures, keys));
  const hashes = step('leaves', () => bundle.leaves.map((leaf, index) => leafHash(bundleEntryBytes(leaf, index))));
  if (hashes.length !== treeSize) fail('leaves', `the bundle has ${hashes.length} leaves, the checkpoint's tree ${treeSize}`);
  if (!bytesEqual(rootFromLeafHashes(hashes), rootHash)) fail('leaves', `the leaves' root is not the checkpoint's root ${toBase64(rootHash)}`);
  const { claimId, leafIndex, auditPath } = bundle.claim;
  const claim = claimOfLeaf(bundle.leaves[leafIndex]);
  if (!claim || claim.claimId !== claimId) fail('claim', `leaf ${leafIndex} is not the claim ${claimId}`);
  const path = step('proof', () => auditPath.map(fromBase64));
  if (!verifyInclusion(hashes[leafIndex]!, leafIndex, treeSize, path, rootHash)) fail('proof', `the claim's audit path does not lead from leaf ${leafIndex} to the root`);
  const evaluate = leafEvaluation(reportEventsOfLeaves(bundle.leaves));
  const now = bundleMoment(bundle.leaves, signedAt);
  if (bundle.assertions.length !== claim.assertions.length) fail('figures', `the bundle states ${bundle.assertions.length} assertions, the claim makes ${claim.assertions.length}`);
  bundle.assertions.forEach((stated, index) => {
    const made = claim.assertions[index]!;
    const { figure, period, asOf, district, value } = stated;
    if (canonicalJson({ figure, period, asOf, district, value }) !== canonicalJson(made)) fail('figures', `assertion ${index} is not the claim's assertion ${index}`);
    if (!isRecomputable(made)) {
      if (stated.basis !== 'statement') fail('figures', `assertion ${index} (${made.figure}) is about victims and cannot be recomputed from leaves`);
      return;
    }
    if (stated.basis !== 'leaves') fail('figures', `assertion ${index} (${made.figure}) must be recomputed from the leaves`);
    const recomputed = { ...evaluate(claim, made, now), basis: 'leaves' };
    if (canonicalJson(recomputed) !== canonicalJson(stated)) {
      fail('figures', `assertion ${index} (${made.figure}) states ${canonicalJson(stated)}, the leaves give ${canonicalJson(recomputed)}`);
    }
  });
  return { claimId, treeSize, signedAt, witnesses, assertions: bundle.assertions };
}

function verifyWitnesses(checkpointText: string, lines: readonly string[], keys: TrustedKeys): string[] {
  const trusted: CosignerKey[] = keys.witnessKeys.map((key) => parseCosignerKey(key));
  const needed = keys.witnessesNeeded ?? trusted.length;
  const names = new Set<string>();
  for (const line of lines) {
    const cosignature = openCosignatureLine(checkpointText, line, trusted);
    if (cosignature) names.add(`${cosignature.name}`);
  }
  if (names.size < needed) fail('witnesses', `${names.size} trusted witness(es) cosigned, ${needed} needed`);
  return [...names].sort();
}

function readBundle(json: string): ClaimBundle {
  const bundle = JSON.parse(json) as ClaimBundle;
  if (bundle?.format !== CLAIM_BUNDLE_FORMAT) fail('format', `not a ${CLAIM_BUNDLE_FORMAT} bundle`);
  const { checkpoint, claim, leaves, assertions } = bundle;
  if (typeof checkpoint?.note !== 'string' || !Array.isArray(checkpoint.cosignatures) || !checkpoint.cosignatures.every((l) => typeof l === 'string')) {
    fail('format', 'checkpoint must hold a note and cosignature lines');
  }
  if (typeof claim?.claimId !== 'string' || !Number.isSafeInteger(claim.leafIndex) || claim.leafIndex < 0 || !Array.isArray(claim.auditPath)) {
    fail('format', 'claim must hold claimId, leafIndex and auditPath');
  }
  if (!Array.isArray(leaves) || !leaves.every(isLeafShape)) fail('format', 'leaves must be [commitment, public part or null] pairs');
  if (!Array.isArray(assertions)) fail('format', 'assertions must be a list');
  return bundle;
}

const isLeafShape = (leaf: unknown): leaf is BundleLeaf =>
  Array.isArray(leaf) && leaf.length === 2 && typeof leaf[0] === 'string' && (leaf[1] === null || (typeof leaf[1] === 'object' && !Array.isArray(leaf[1])));

import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  bundleMoment, BundleVerificationError, CLAIM_BUNDLE_FORMAT, claimOfLeaf, generateSigningKey, inclusionProof, InMemoryNodeSource, isRecomputable,
  leafEvaluation, ledgerLeaf, newLeafSalt, reportEventsOfLeaves, rootFromLeafHashes, signTimestampedCheckpoint, toBase64, verifyClaimBundle,
  canonicalJson, type BundleAssertion, type BundleLeaf, type ClaimBundle, type SigningKey,
} from '@casetrail/ledger';
import { decodeGlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { syntheticLog } from '../leaf-size/synthetic-log';

export interface ClaimBundleSizes {
  /** Events in the synthetic log, one bundle each (in a process of its own: the largest needs the heap). */
  readonly events: number;
}

export interface ClaimBundleResult {
  readonly leaves: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** From the sealed leaves in memory to the bundle's JSON (leaves, figures), as the server builds it after reading them. */
  readonly buildSeconds: number;
  readonly buildCpuSeconds: number;
  /** `verifyClaimBundle` on the JSON, as `claims verify` and the single-file verifier run it. */
  readonly verifySeconds: number;
  readonly verifyCpuSeconds: number;
  /** The verifier said authentic and recomputed the very assertions the bundle states. */
  readonly verified: boolean;
  readonly verdicts: readonly string[];
  /** The step that refused the bundle with one byte of a leaf flipped (null: it was not refused). */
  readonly flippedByteRefusedAt: string | null;
  /** The process's peak resident memory, MB. */
  readonly peakRssMb: number;
}

const MADE_AT = '2022-01-15T10:00:00+02:00';
/** A national claim on a period (and a district's figure, and a victim figure the server only states). */
const ASSERTIONS = [
  { figure: 'dpp.casesPending', period: null, asOf: MADE_AT, district: null, value: 40 },
  { figure: 'summonses.issued', period: '2021-22', asOf: null, district: null, value: 100 },
  { figure: 'convictions.total', period: '2021-22', asOf: null, district: 'maseru', value: 10 },
  { figure: 'victims.identified.total', period: '2021-22', asOf: null, district: null, value: 50 },
];

/** A claim recorded after the whole synthetic log. */
function claimEvent(after: string): RecordedEvent {
  const claimId = randomUUID();
  const recordedAt = new Date(Date.parse(after) + 1000).toISOString();
  return {
    eventId: randomUUID(), streamId: claimId, streamKind: 'claim', version: 1, type: 'ClaimMade', schemaVersion: 1,
    occurredAt: MADE_AT, recordedAt, position: 0n, globalPosition: decodeGlobalPosition('0:0'),
    actor: { userId: randomUUID(), role: 'coordinator' }, correlationId: null, causationId: null,
    data: { claimId, madeAt: MADE_AT, madeBy: 'Minister', source: 'Hansard', statement: 'The figures for 2021-22.', assertions: ASSERTIONS, occurredAt: MADE_AT },
  } as unknown as RecordedEvent;
}

interface SealedLog {
  readonly leaves: BundleLeaf[];
  readonly note: string;
  readonly auditPath: string[];
  readonly key: SigningKey;
}

/** The synthetic log and its claim sealed as leaves, the checkpoint signed, the claim's audit path. */
async function sealedLog(events: number): Promise<SealedLog> {
  const log = await syntheticLog(events, 2024);
  log.push(claimEvent(log[log.length - 1]!.recordedAt));
  const hashes: Uint8Array[] = [];
  const leaves = log.map((event): BundleLeaf => {
    const leaf = ledgerLeaf(event, newLeafSalt());
    hashes.push(leaf.leafHash);
    return [toBase64(leaf.commitment), leaf.publicPart as BundleLeaf[1]];
  });
  const key = generateSigningKey('casetrail.bench/ledger');
  const note = signTimestampedCheckpoint({ origin: key.name, treeSize: hashes.length, rootHash: rootFromLeafHashes(hashes) }, key.signerKey, new Date());
  const auditPath = await inclusionProof(hashes.length - 1, hashes.length, InMemoryNodeSource.fromLeafHashes(hashes));
  return { leaves, note, auditPath: auditPath.map(toBase64), key };
}

/** The bundle's JSON from the sealed leaves, as `ClaimBundleBuilder` makes it (the victim figure: the server's word, suppressed). */
function bundleJson({ leaves, note, auditPath }: SealedLog): string {
  const claim = claimOfLeaf(leaves[leaves.length - 1])!;
  const now = bundleMoment(leaves, new Date(Math.floor(Date.now() / 1000) * 1000).toISOString());
  const evaluate = leafEvaluation(reportEventsOfLeaves(leaves));
  const assertions = claim.assertions.map((assertion): BundleAssertion =>
    isRecomputable(assertion) ? { ...evaluate(claim, assertion, now), basis: 'leaves' } : { ...assertion, verdict: 'suppressed', basis: 'statement' },
  );
  const bundle: ClaimBundle = {
    format: CLAIM_BUNDLE_FORMAT, checkpoint: { note, cosignatures: [] }, claim: { claimId: claim.claimId, leafIndex: leaves.length - 1, auditPath }, leaves, assertions,
  };
  return JSON.stringify(bundle);
}

/** One byte of a leaf in the middle changed: a digit of the seconds of its recordedAt (the JSON stays well formed). */
function flippedByte(json: string): string {
  const field = '"recordedAt":"';
  const at = json.indexOf(field, Math.floor(json.length / 2)) + field.length + 18;
  const digit = (Number(json[at]) + 1) % 10;
  return `${json.slice(0, at)}${digit}${json.slice(at + 1)}`;
}

function timed<T>(work: () => T): { value: T; seconds: number; cpuSeconds: number } {
  const [start, cpu] = [performance.now(), process.cpuUsage()];
  const value = work();
  const used = process.cpuUsage(cpu);
  return { value, seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** A national claim's bundle on a synthetic log of `sizes.events` events: its size, build and verify times, and that it verifies. */
export async function runClaimBundle(sizes: ClaimBundleSizes): Promise<ClaimBundleResult> {
  const sealed = await sealedLog(sizes.events);
  const treeSize = sealed.leaves.length;
  const keys = { logKey: sealed.key.verifierKey, witnessKeys: [] };
  const built = timed(() => bundleJson(sealed));
  const json = built.value;
  const checked = timed(() => verifyClaimBundle(json, keys));
  const stated = (JSON.parse(json) as ClaimBundle).assertions;
  const verified = checked.value.treeSize === treeSize && canonicalJson(checked.value.assertions) === canonicalJson(stated);
  let flippedByteRefusedAt: string | null = null;
  try {
    verifyClaimBundle(flippedByte(json), keys);
  } catch (error) {
    if (!(error instanceof BundleVerificationError)) throw error;
    flippedByteRefusedAt = error.step;
  }
  return {
    leaves: treeSize, bytes: Buffer.byteLength(json), gzipBytes: gzipSync(json).length,
    buildSeconds: built.seconds, buildCpuSeconds: built.cpuSeconds, verifySeconds: checked.seconds, verifyCpuSeconds: checked.cpuSeconds,
    verified, verdicts: checked.value.assertions.map((a) => a.verdict), flippedByteRefusedAt, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

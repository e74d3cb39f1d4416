import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  bundleMoment, CLAIM_BUNDLE_FORMAT, claimOfLeaf, evaluateFromLeaves, generateSigningKey, inclusionProof, InMemoryNodeSource, isRecomputable,
  ledgerLeaf, newLeafSalt, reportEventsOfLeaves, rootFromLeafHashes, signTimestampedCheckpoint, toBase64, verifyClaimBundle,
  type BundleAssertion, type BundleLeaf, type ClaimBundle,
} from '@casetrail/ledger';
import { decodeGlobalPosition, type RecordedEvent } from '@casetrail/event-store';
import { syntheticLog } from '../leaf-size/synthetic-log';

const MADE_AT = '2022-01-15T10:00:00+02:00';
const ASSERTIONS = [
  { figure: 'dpp.casesPending', period: null, asOf: MADE_AT, district: null, value: 40 },
  { figure: 'summonses.issued', period: '2021-22', asOf: null, district: null, value: 100 },
  { figure: 'convictions.total', period: '2021-22', asOf: null, district: 'maseru', value: 10 },
  { figure: 'victims.identified.total', period: '2021-22', asOf: null, district: null, value: 50 },
];

/** A claim recorded after the whole synthetic log, as leaf n. */
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

/**
 * A national claim's bundle on a synthetic log of `events` events (every leaf shipped): its size, the time
 * to build it from the sealed leaves (public parts, figures, JSON) and to verify it as `claims verify` does.
 * Usage: node -r ./bench/dist/bench/src/aliases.js bench/dist/bench/src/claim-bundle/main.js [events...]
 */
async function measure(events: number): Promise<void> {
  const log = await syntheticLog(events, 2024);
  log.push(claimEvent(log[log.length - 1]!.recordedAt));
  const sealed = log.map((event) => ledgerLeaf(event, newLeafSalt()));
  const key = generateSigningKey('casetrail.bench/ledger');
  const hashes = sealed.map((leaf) => leaf.leafHash);
  const treeSize = sealed.length;
  const note = signTimestampedCheckpoint({ origin: key.name, treeSize, rootHash: rootFromLeafHashes(hashes) }, key.signerKey, new Date());
  const auditPath = await inclusionProof(treeSize - 1, treeSize, InMemoryNodeSource.fromLeafHashes(hashes));

  const cpuMs = (since: NodeJS.CpuUsage) => { const used = process.cpuUsage(since); return (used.user + used.system) / 1000; };
  const buildStart = performance.now();
  const buildCpu = process.cpuUsage();
  const leaves: BundleLeaf[] = sealed.map((leaf) => [toBase64(leaf.commitment), leaf.publicPart as BundleLeaf[1]]);
  const claim = claimOfLeaf(leaves[treeSize - 1])!;
  const now = bundleMoment(leaves, new Date(Math.floor(Date.now() / 1000) * 1000).toISOString());
  const reportEvents = reportEventsOfLeaves(leaves);
  const assertions = claim.assertions.map((assertion): BundleAssertion =>
    isRecomputable(assertion) ? { ...evaluateFromLeaves(reportEvents, claim, assertion, now), basis: 'leaves' } : { ...assertion, verdict: 'suppressed', basis: 'statement' },
  );
  const bundle: ClaimBundle = {
    format: CLAIM_BUNDLE_FORMAT,
    checkpoint: { note, cosignatures: [] },
    claim: { claimId: claim.claimId, leafIndex: treeSize - 1, auditPath: auditPath.map(toBase64) },
    leaves,
    assertions,
  };
  const json = JSON.stringify(bundle);
  const buildMs = performance.now() - buildStart;
  const buildCpuMs = cpuMs(buildCpu);

  const verifyStart = performance.now();
  const verifyCpu = process.cpuUsage();
  const verified = verifyClaimBundle(json, { logKey: key.verifierKey, witnessKeys: [] });
  const verifyMs = performance.now() - verifyStart;
  const verifyCpuMs = cpuMs(verifyCpu);
  const bytes = Buffer.byteLength(json);
  process.stdout.write(
    `${treeSize} leaves: bundle ${(bytes / 1e6).toFixed(2)} MB (${(bytes / treeSize).toFixed(0)} B/leaf; gzip-9 ${(gzipSync(json, { level: 9 }).length / 1e6).toFixed(2)} MB), ` +
      `built in ${(buildMs / 1000).toFixed(2)} s (CPU ${(buildCpuMs / 1000).toFixed(2)} s; from sealed leaves in memory), ` +
      `verified in ${(verifyMs / 1000).toFixed(2)} s (CPU ${(verifyCpuMs / 1000).toFixed(2)} s); ` +
      `verdicts ${verified.assertions.map((a) => a.verdict).join(', ')}\n`,
  );
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const events of sizes.length > 0 ? sizes : [100_000]) await measure(events);
}

void main();

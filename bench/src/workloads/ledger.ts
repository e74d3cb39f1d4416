import { eventsAdvanced, migrate } from '@casetrail/database';
import {
  auditLedger, CheckpointSigner, generateSigningKey, leafHash, LEDGER_MIGRATIONS, LedgerProofs, readSealedTree, sealNextBatch,
  verifyInclusion,
} from '@casetrail/ledger';
import { percentile, since } from '../stats';
import type { CasetrailSystem } from '../systems/casetrail';

export interface LedgerSizes {
  /** Events sealed per transaction (the sealer's default). */
  readonly batchSize: number;
  readonly proofs: number;
  /** Audit the whole ledger in every run (else in the first only: a full audit of 1,000,000 events takes a while). */
  readonly auditEveryRun: boolean;
}

export interface LedgerResult {
  /** Leaves in the tree the proofs and the audit ran on. */
  readonly leaves: number;
  /** Sealing the whole store (the first run only: later runs find it sealed). */
  readonly sealing: { readonly events: number; readonly seconds: number; readonly eventsPerSecond: number } | null;
  readonly proofP50Ms: number;
  readonly proofP99Ms: number;
  /** Did every proof verify against the signed root? */
  readonly proofsVerified: boolean;
  readonly audit: { readonly events: number; readonly seconds: number; readonly eventsPerSecond: number; readonly passed: boolean } | null;
}

const KEY = generateSigningKey('casetrail/bench');

/**
 * Workload 8 (casetrail only), on the time-travel store (1,000,000 events in the full run): seal every
 * event into the ledger (first run), then inclusion proofs of random events at that tree size, then a
 * full audit that recomputes every leaf from the stored rows and checks the signed checkpoint.
 */
export async function runLedger(url: string, system: CasetrailSystem, sizes: LedgerSizes, firstRun: boolean): Promise<LedgerResult> {
  await migrate(system.pool, url, LEDGER_MIGRATIONS);
  let sealing: LedgerResult['sealing'] = null;
  if ((await readSealedTree(system.pool)).size === 0) {
    const start = performance.now();
    let events = 0;
    for (;;) {
      const batch = await sealNextBatch(system.pool, system.store, sizes.batchSize);
      if (batch.kind === 'caught_up') break;
      events += eventsAdvanced(batch);
    }
    const seconds = since(start) / 1000;
    sealing = { events, seconds, eventsPerSecond: events / seconds };
  }
  const checkpoint = await new CheckpointSigner(system.pool, KEY).signCheckpoint();
  const leaves = checkpoint.treeSize;

  const proofs = new LedgerProofs(system.pool, system.store);
  const { rows } = await system.pool.query<{ event_id: string }>(
    'SELECT event_id FROM ledger_leaves WHERE leaf_index = ANY($1::bigint[])',
    [Array.from({ length: sizes.proofs + 10 }, () => Math.floor(Math.random() * leaves))],
  );
  const latencies: number[] = [];
  let proofsVerified = true;
  for (const [n, { event_id }] of rows.entries()) {
    const begin = performance.now();
    const proof = await proofs.inclusion(event_id, leaves);
    if (n >= 10) latencies.push(since(begin)); // the first ten warm up
    proofsVerified &&= verifyInclusion(leafHash(proof.entry), proof.leafIndex, leaves, proof.auditPath, checkpoint.rootHash);
  }

  let audit: LedgerResult['audit'] = null;
  if (firstRun || sizes.auditEveryRun) {
    const start = performance.now();
    const report = await auditLedger(system.pool, system.store, { origin: KEY.name, verifierKeys: [KEY.verifierKey], pageSize: 5000 });
    const seconds = since(start) / 1000;
    audit = { events: report.events, seconds, eventsPerSecond: report.events / seconds, passed: report.failure === null && report.treeSizesVerified > 0 };
  }
  return {
    leaves, sealing, proofP50Ms: percentile(latencies, 50), proofP99Ms: percentile(latencies, 99), proofsVerified, audit,
  };
}

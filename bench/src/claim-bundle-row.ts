import type { Outcome } from './outcome';
import type { Row } from './report';
import type { ClaimBundleResult } from './workloads/claim-bundle';

/** What a national period's bundle should cost, by the size of its log (docs/performance.md, "Claim bundles"). */
const TARGETS: readonly { readonly events: number; readonly gzipMb: number; readonly verifySeconds: number }[] = [
  { events: 100_000, gzipMb: 10, verifySeconds: 5 },
  { events: 1_000_000, gzipMb: 100, verifySeconds: 120 },
];

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/**
 * The table's row for one claim bundle: its size (and gzip), build and verify times, and that it verifies and a
 * flipped byte does not. A wrong answer fails it; the targets judge only the sizes they are set for (not --quick).
 */
export function claimBundleRow(outcome: Outcome<ClaimBundleResult>, events: number): Row {
  const workload = `12. claim bundle, national period, ${events.toLocaleString('en-US')} events (build, verify, a flipped byte)`;
  const unit = 'MB; s';
  const target = TARGETS.find((t) => t.events === events);
  const targetText = target ? `gzip ≤ ${target.gzipMb} MB, verify ≤ ${target.verifySeconds} s; verified, flipped byte refused` : 'verified, flipped byte refused';
  if (!outcome.ok) {
    return { workload, unit, casetrail: `error: ${outcome.error.split('\n')[0]}`, raw: 'n/a', emmett: 'n/a', comparison: '', target: targetText, verdict: 'FAILED' };
  }
  const r = outcome.result;
  const right = r.verified && r.flippedByteRefusedAt === 'leaves';
  const withinTarget = !target || (r.gzipBytes / 1e6 <= target.gzipMb && r.verifySeconds <= target.verifySeconds);
  return {
    workload, unit,
    casetrail: `${mb(r.bytes)} MB (gzip ${mb(r.gzipBytes)} MB) for ${r.leaves.toLocaleString('en-US')} leaves; ` +
      `built in ${r.buildSeconds.toFixed(1)} s (CPU ${r.buildCpuSeconds.toFixed(1)}), verified in ${r.verifySeconds.toFixed(1)} s (CPU ${r.verifyCpuSeconds.toFixed(1)}): ` +
      `${r.verified ? 'verified' : '✗ NOT VERIFIED'} (${r.verdicts.join(', ')}); flipped byte ${r.flippedByteRefusedAt ? `refused at ${r.flippedByteRefusedAt}` : '✗ ACCEPTED'}; peak RSS ${r.peakRssMb} MB`,
    raw: 'n/a', emmett: 'n/a', comparison: '', target: targetText,
    verdict: !right ? 'FAILED' : withinTarget ? 'met' : 'missed',
  };
}

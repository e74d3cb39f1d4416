import { runClaimBundle } from '../workloads/claim-bundle';

/**
 * The claim-bundle workload of `npm run bench` at chosen sizes, in this process (for profiling:
 * `node --cpu-prof --max-old-space-size=8192 -r ./bench/dist/bench/src/aliases.js bench/dist/bench/src/claim-bundle/main.js 100000`).
 */
async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const events of sizes.length > 0 ? sizes : [100_000]) {
    const r = await runClaimBundle({ events });
    process.stdout.write(
      `${r.leaves} leaves: bundle ${(r.bytes / 1e6).toFixed(2)} MB (${(r.bytes / r.leaves).toFixed(0)} B/leaf; gzip ${(r.gzipBytes / 1e6).toFixed(2)} MB), ` +
        `built in ${r.buildSeconds.toFixed(2)} s (CPU ${r.buildCpuSeconds.toFixed(2)} s), verified in ${r.verifySeconds.toFixed(2)} s (CPU ${r.verifyCpuSeconds.toFixed(2)} s): ` +
        `${r.verified ? 'verified' : 'NOT VERIFIED'}, verdicts ${r.verdicts.join(', ')}; a flipped byte refused at ${r.flippedByteRefusedAt ?? 'NOTHING'}; peak RSS ${r.peakRssMb} MB\n`,
    );
  }
}

void main();

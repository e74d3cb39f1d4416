import { gzipSync } from 'node:zlib';
import { bytesEqual, ledgerLeaf, newLeafSalt } from '@casetrail/ledger';
import { decodeCompact, encodeCompact } from './compact-leaves';
import { syntheticLog } from './synthetic-log';

/**
 * Bytes per leaf of leaf format 2 on a synthetic log: the entries as JSON, gzip-compressed, and in the
 * compact form a bundle could ship (rebuilt here into every entry, byte for byte, to show it loses nothing).
 * Usage: node -r ./bench/dist/bench/src/aliases.js bench/dist/bench/src/leaf-size/main.js [events...]
 */
async function measure(events: number): Promise<void> {
  const log = await syntheticLog(events, 2024);
  const leaves = log.map((event) => ledgerLeaf(event, newLeafSalt()));
  const hidden = leaves.filter((leaf) => leaf.publicPart === null).length;
  const entryBytes = leaves.reduce((sum, leaf) => sum + leaf.entry.length, 0);
  const publicEntryBytes = leaves.filter((leaf) => leaf.publicPart !== null).reduce((sum, leaf) => sum + leaf.entry.length, 0);
  const ndjson = Buffer.from(leaves.map((leaf) => Buffer.from(leaf.entry).toString('utf8')).join('\n'));
  const gzipped = gzipSync(ndjson, { level: 9 }).length;
  const compact = encodeCompact(leaves);
  const rebuilt = decodeCompact(compact);
  const lossless = rebuilt.length === leaves.length && rebuilt.every((entry, i) => bytesEqual(entry, leaves[i]!.entry));
  const raw = compact.commitments.length + compact.eventIds.length + compact.caseIds.length;
  const compactTotal = raw + compact.tuples.length;
  const perLeaf = (bytes: number) => (bytes / leaves.length).toFixed(1);
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  const cases = compact.caseIds.length / 16;
  process.stdout.write(
    [
      `${leaves.length} leaves (${hidden} hidden, ${leaves.length - hidden} public) over ${cases} cases`,
      `  entries as JSON:        ${mb(entryBytes)} MB, ${perLeaf(entryBytes)} B/leaf (public ${(publicEntryBytes / (leaves.length - hidden)).toFixed(1)}, hidden ${((entryBytes - publicEntryBytes) / hidden).toFixed(1)})`,
      `  entries, NDJSON gzip-9: ${mb(gzipped)} MB, ${perLeaf(gzipped)} B/leaf; as base64 ${mb((gzipped * 4) / 3)} MB`,
      `  compact: commitments ${mb(compact.commitments.length)} MB + event ids ${mb(compact.eventIds.length)} MB + case ids ${mb(compact.caseIds.length)} MB + tuples (gzip-9) ${mb(compact.tuples.length)} MB`,
      `           = ${mb(compactTotal)} MB, ${perLeaf(compactTotal)} B/leaf; as base64 ${mb((compactTotal * 4) / 3)} MB, ${perLeaf((compactTotal * 4) / 3)} B/leaf; rebuilds every entry: ${lossless}`,
      '',
    ].join('\n'),
  );
  if (!lossless) process.exitCode = 1;
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  for (const events of sizes.length > 0 ? sizes : [100_000]) await measure(events);
}

void main();

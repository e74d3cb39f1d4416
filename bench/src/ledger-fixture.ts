import { Pool } from 'pg';
import { migrate } from '@casetrail/database';
import { PostgresEventStore } from '@casetrail/event-store';
import { CheckpointSigner, generateSigningKey, LedgerSealer } from '@casetrail/ledger';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { MIGRATIONS } from '@casetrail/config';
import { freshDatabase } from './databases';

/**
 * `npm run bench:ledger-fixture -- [EVENTS]`: a database `bench_ledger_fixture` holding at least EVENTS
 * (default 100,000) synthetic events decided by the domain, sealed into the ledger and signed; prints
 * the command that audits it with the public verifier.
 */
async function main(): Promise<void> {
  const wanted = Number(process.argv[2] ?? 100_000);
  const url = await freshDatabase('bench_ledger_fixture');
  const pool = new Pool({ connectionString: url, max: 4 });
  await migrate(pool, url, MIGRATIONS);
  const store = new PostgresEventStore(pool, { prepare: true });
  let events = 0;
  for (let seed = 1; events < wanted; seed++) {
    events += (await loadSyntheticCases(store, { cases: 500, seed, from: '2016-04-01T00:00:00+02:00', until: new Date('2026-03-31T00:00:00Z') })).events;
    process.stderr.write(`\r${events} events loaded`);
  }
  const started = performance.now();
  const sealed = await new LedgerSealer(pool, store, { batchSize: 1000 }).sealPending();
  process.stderr.write(`\n${sealed} events sealed in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const key = generateSigningKey('casetrail/bench');
  const checkpoint = await new CheckpointSigner(pool, key).signCheckpoint();
  process.stdout.write(
    `checkpoint of ${checkpoint.treeSize} events signed. Audit it with:\n` +
      `  time DATABASE_URL=${url} npm run cli -- ledger audit --public-key '${key.verifierKey}'\n`,
  );
  await store.close();
  await pool.end();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

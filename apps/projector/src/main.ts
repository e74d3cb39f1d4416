import 'reflect-metadata';
import { openDatabase } from '@casetrail/database';
import { ConfigurationError, loadConfiguration } from '@casetrail/config';
import { openEventStore } from '@casetrail/config';
import { MIGRATIONS } from '@casetrail/config';
import { PROJECTIONS, readModelRunner } from '@casetrail/read-models';

const log = (fields: Record<string, unknown>) =>
  process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', ...fields }) + '\n');

/**
 * Keeps the read models up to date in a process of its own (run the API with CASETRAIL_PROJECTIONS=off).
 * Several may run at once: each batch of a projection is applied under that projection's lock.
 */
async function main(): Promise<void> {
  const config = loadConfiguration();
  if (!config.databaseUrl) {
    throw new ConfigurationError('the projector needs DATABASE_URL: the embedded database belongs to the API process');
  }
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize, migrations: MIGRATIONS });
  const store = openEventStore(config, database);
  const runner = readModelRunner(database, store, {
    batchSize: config.projectionBatchSize,
    onOwnershipChange: (owned) => log({ msg: 'projections owned by this projector', owned }),
    onStall: (stall) => log({ level: 'error', msg: 'projection cannot apply an event; retrying with backoff', ...stall }),
    onRecovery: (stall) => log({ msg: 'projection advances again', ...stall }),
    onError: (component, error) => log({ level: 'error', msg: 'projection runner failed; retrying', component, error: String(error) }),
  });
  await runner.start();
  log({
    msg: 'projector following the event log', eventStore: config.eventStoreUrl ? 'eventstoredb' : 'postgres',
    projections: PROJECTIONS.map((p) => p.name),
  });
  const stop = async (signal: string) => {
    log({ msg: 'stopping', signal });
    await runner.stop();
    await store.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`casetrail projector: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

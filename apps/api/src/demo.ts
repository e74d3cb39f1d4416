import 'reflect-metadata';
import { join } from 'node:path';
import { openDatabase } from '@casetrail/database';
import { ROLES } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import { UsersRepository } from '@casetrail/users';
import { createCasetrailApp } from './bootstrap';
import { loadConfiguration } from '@casetrail/config';
import { MIGRATIONS } from '@casetrail/config';
import { DEMO_CASES, demoHistory } from './demo/demo-history';
import { DemoRefused, prepareDemoFolders } from './demo/demo-folder';
import { recordHistory } from './demo/record-history';

const CASES = Number(process.env.CASETRAIL_DEMO_CASES ?? DEMO_CASES);

/**
 * `npm run demo`: the service on a fresh embedded database (CASETRAIL_DATA_DIR, default ./data-demo)
 * holding ten years of synthetic cases across the ten districts, every one decided by the domain and
 * recorded over time up to today, with a token for each role printed so a newcomer can look at every
 * read model.
 */
async function demo(): Promise<void> {
  const env = { ...process.env, CASETRAIL_DATA_DIR: process.env.CASETRAIL_DATA_DIR || join(process.cwd(), 'data-demo') };
  const configuration = loadConfiguration({ ...env, DATABASE_URL: '' });
  const { dataDir } = configuration;
  // A fresh database needs a fresh keys folder: the old one is bound to the database just removed.
  prepareDemoFolders(env, [dataDir, configuration.keysDir]);
  const database = await openDatabase({ dataDir, migrations: MIGRATIONS });
  const store = new PostgresEventStore(database.pool);
  const started = Date.now();
  const { history, tally } = demoHistory(new Date(started), CASES);
  const events = await recordHistory(store, history, (done) => {
    if (done % 500 === 0) process.stderr.write(`demo: ${done}/${history.length} commands recorded\n`);
  });
  const refused = Object.values(tally.refused).reduce((a, b) => a + (b ?? 0), 0);
  process.stderr.write(`demo: ${CASES} cases, ${events} events (${refused} corrections refused by the domain) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  const users = new UsersRepository(database, store);
  const tokens: string[] = [];
  for (const role of ROLES) {
    const { token } = await users.create({ name: `demo ${role}`, role, district: null }, null);
    tokens.push(`  ${role.padEnd(16)} ${token}`);
  }
  const service = await createCasetrailApp(configuration, { database });
  await service.app.listen(configuration.port);
  const base = `http://localhost:${configuration.port}`;
  process.stdout.write(
    [
      '',
      `casetrail demo on ${base} (data in ${dataDir}; the read models fill within seconds)`,
      'Tokens (Authorization: Bearer <token>):',
      ...tokens,
      '',
      `Try: curl -H "Authorization: Bearer <auditor token>" "${base}/v1/reports/government-action?period=2021-22"`,
      `     the same with &knownAt=2022-06-30 (as first published: late and corrected events restate it since)`,
      `     ${base}/v1/cases, ${base}/v1/summonses, ${base}/v1/dpp/backlog?asOf=2021-11-08, ${base}/docs`,
      '',
    ].join('\n'),
  );
  const stop = () => void service.close().then(() => database.close()).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

demo().catch((error: unknown) => {
  const message = error instanceof DemoRefused ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`casetrail demo: ${message}\n`);
  process.exit(1);
});

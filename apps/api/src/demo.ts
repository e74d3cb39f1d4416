import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@casetrail/database';
import { ROLES } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import { loadSyntheticCases } from '@casetrail/synthetic';
import { UsersRepository } from '@casetrail/users';
import { createCasetrailApp } from './bootstrap';
import { loadConfiguration } from '@casetrail/config';
import { MIGRATIONS } from '@casetrail/config';

const CASES = Number(process.env.CASETRAIL_DEMO_CASES ?? 300);

/**
 * `npm run demo`: the service on a fresh embedded database holding a few hundred synthetic cases
 * across the ten districts and five reporting years, every one decided by the domain, with a token
 * for each role printed so a newcomer can look at every read model.
 */
async function demo(): Promise<void> {
  const dataDir = join(process.cwd(), 'data-demo');
  const configuration = loadConfiguration({ ...process.env, DATABASE_URL: '', CASETRAIL_DATA_DIR: dataDir });
  // A fresh database needs a fresh keys folder: the old one is bound to the database just removed.
  for (const folder of [dataDir, configuration.keysDir]) rmSync(folder, { recursive: true, force: true });
  const database = await openDatabase({ dataDir, migrations: MIGRATIONS });
  const store = new PostgresEventStore(database.pool);
  const started = Date.now();
  const { cases, events } = await loadSyntheticCases(store, {
    cases: CASES,
    seed: 2021,
    from: '2018-04-01T00:00:00+02:00',
    until: new Date(),
    onCase: (done, total) => {
      if (done % 50 === 0) process.stderr.write(`demo: ${done}/${CASES} cases, ${total} events\n`);
    },
  });
  process.stderr.write(`demo: ${cases.length} cases, ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
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
      `     ${base}/v1/caseload, ${base}/v1/summonses, ${base}/v1/dpp/backlog, ${base}/docs`,
      '',
    ].join('\n'),
  );
  const stop = () => void service.close().then(() => database.close()).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

demo().catch((error: unknown) => {
  process.stderr.write(`casetrail demo: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});

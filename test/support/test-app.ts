import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Role } from '@casetrail/domain';
import { PostgresEventStore, type EventStore, type RecordedEvent } from '@casetrail/event-store';
import type { Database } from '@casetrail/database';
import { generateSigningKey } from '@casetrail/ledger';
import { createCasetrailApp, JsonLogger, type CasetrailApp, type Clock } from '../../apps/api/src';
import { loadConfiguration } from '@casetrail/config';
import { createTestDatabase, type TestDatabase } from './test-database';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** The ledger's signing key for every test service (one per test run). */
export const TEST_LEDGER_KEY = generateSigningKey('casetrail/local');

/** The whole service on a fresh database, served over real HTTP on an ephemeral port. */
export interface TestApp {
  readonly http: Server;
  readonly service: CasetrailApp;
  readonly logLines: string[];
  /** Creates a user through the admin route and returns their token. */
  userToken(role: Role, district?: string): Promise<string>;
  /** The stored events of a case, read straight from the store. */
  stream(caseId: string): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/** A database's keys folder: it is bound to that database, so a service started on it again uses the same one. */
const KEYS_DIRS = new WeakMap<TestDatabase, string>();

/**
 * `eventStore`: the service's event store on the test database (absent: the events table); `database`: a
 * database kept open after `close()` (to start the service on it again, with the same keys folder); `clock`: its time.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { eventStore?: (database: Database) => EventStore; database?: TestDatabase; clock?: Clock } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  // A keys folder of its own, bound to this test's database (a shared one would be refused, as it should).
  const keysDir = KEYS_DIRS.get(database) ?? mkdtempSync(join(tmpdir(), 'casetrail-test-keys-'));
  KEYS_DIRS.set(database, keysDir);
  const configuration = loadConfiguration({
    CASETRAIL_KEYS_DIR: keysDir,
    CASETRAIL_ADMIN_TOKEN: ADMIN_TOKEN,
    CASETRAIL_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    CASETRAIL_LOG_LEVEL: 'info',
    CASETRAIL_RATE_LIMIT: '100000',
    CASETRAIL_LEDGER_KEY: TEST_LEDGER_KEY.signerKey,
    ...env,
  });
  const logLines: string[] = [];
  const echo = process.env.CASETRAIL_TEST_LOGS === '1';
  const logger = new JsonLogger(configuration.logLevel, (line) => {
    logLines.push(line);
    if (echo) process.stderr.write(line + '\n');
  });
  const eventStore = options.eventStore?.(database);
  const service = await createCasetrailApp(configuration, {
    database,
    logger,
    ...(eventStore ? { eventStore: () => eventStore } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await service.app.init();
  await new Promise<void>((resolve) => service.app.getHttpServer().listen(0, '127.0.0.1', resolve));
  const http = service.app.getHttpServer() as Server;
  const store = eventStore ?? new PostgresEventStore(database.pool);
  return {
    http,
    service,
    logLines,
    async userToken(role, district) {
      const response = await request(http)
        .post('/v1/admin/users')
        .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
        .send({ name: `${role} ${district ?? 'national'}`, role, ...(district ? { district } : {}) })
        .expect(201);
      return response.body.token as string;
    },
    stream: (caseId) => store.readStream({ kind: 'case', id: caseId }),
    async close() {
      await service.close();
      if (options.database) return; // the caller keeps the database, and so its keys folder
      await database.close();
      rmSync(keysDir, { recursive: true, force: true });
    },
  };
}

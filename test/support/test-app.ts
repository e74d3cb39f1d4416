import type { Server } from 'node:http';
import request from 'supertest';
import type { Role } from '@casetrail/domain';
import type { RecordedEvent } from '@casetrail/event-store';
import { PostgresEventStore } from '@casetrail/event-store';
import { generateSigningKey } from '@casetrail/ledger';
import { createCasetrailApp, type CasetrailApp } from '../../apps/api/src/bootstrap';
import type { Clock } from '../../apps/api/src/clock';
import { loadConfiguration } from '../../apps/api/src/config/configuration';
import { JsonLogger } from '../../apps/api/src/logging/json-logger';
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

/** `options.database`: a database kept open after `close()` (to start the service on it again); `options.clock`: its time. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { database?: TestDatabase; clock?: Clock } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const configuration = loadConfiguration({
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
  const service = await createCasetrailApp(configuration, { database, logger, ...(options.clock ? { clock: options.clock } : {}) });
  await service.app.init();
  await new Promise<void>((resolve) => service.app.getHttpServer().listen(0, '127.0.0.1', resolve));
  const http = service.app.getHttpServer() as Server;
  const store = new PostgresEventStore(database.pool);
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
    stream: (caseId) => store.readStream(caseId),
    async close() {
      await service.close();
      if (!options.database) await database.close();
    },
  };
}

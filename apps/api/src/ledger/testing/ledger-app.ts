import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { District, Role } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import type { SigningKey } from '@casetrail/ledger';
import { createLedgerTestDatabase } from '../../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { AuthGuard } from '../../auth/auth.guard';
import { AuthenticationFailures } from '../../auth/authentication-failures';
import { generateToken, hashToken } from '@casetrail/users';
import { USERS_PROVIDER } from '../../auth/users.provider';
import { CLOCK, DATABASE, EVENT_STORE, LEDGER_CONFIGURATION } from '../../config/tokens';
import { ProblemFilter } from '../../http/exception.filter';
import { strictValidationPipe } from '../../http/validation/validation.pipe';
import { WebSessions } from '../../web/web-sessions';
import { loadLedgerConfiguration } from '@casetrail/config';
import { LEDGER_CONTROLLERS, LEDGER_PROVIDERS } from '../ledger.providers';

/** The ledger's controller and providers on a fresh database, behind the real guard, pipe and filter. */
export async function startLedgerApp(key: SigningKey, env: Record<string, string>) {
  const db = await createLedgerTestDatabase();
  const store = new PostgresEventStore(db.pool);
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-ledger-http-'));
  // The callers are scaffolding, not what these tests are about: stored as rows only, so the log holds only the events a test records.
  const userToken = async (role: Role, district: District | null = null) => {
    const token = generateToken();
    await db.pool.query('INSERT INTO users (user_id, name, role, district, token_hash) VALUES ($1, $2, $3, $4, $5)', [
      randomUUID(), `${role} ${district ?? 'national'}`, role, district, hashToken(token),
    ]);
    return token;
  };
  const donor = await userToken('donor');
  const moduleRef = await Test.createTestingModule({
    controllers: LEDGER_CONTROLLERS,
    providers: [
      { provide: DATABASE, useValue: db },
      { provide: EVENT_STORE, useValue: store },
      { provide: CLOCK, useValue: { now: () => new Date() } },
      {
        provide: LEDGER_CONFIGURATION,
        useValue: loadLedgerConfiguration({ CASETRAIL_LEDGER_ORIGIN: key.name, CASETRAIL_LEDGER_KEY: key.signerKey, ...env }, dataDir),
      },
      ...LEDGER_PROVIDERS,
      USERS_PROVIDER,
      WebSessions,
      ThrottlerStorageService,
      AuthenticationFailures,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemFilter },
      { provide: APP_PIPE, useFactory: strictValidationPipe },
    ],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return {
    db,
    store,
    app,
    userToken,
    get: (path: string, token = donor) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, token = donor) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${token}`),
    async close() {
      await app.close();
      await store.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type LedgerApp = Awaited<ReturnType<typeof startLedgerApp>>;

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { ThrottlerStorageService } from '@nestjs/throttler';
import request from 'supertest';
import { ROLES, type District, type Role } from '@casetrail/domain';
import { PostgresEventStore, type RecordedEvent } from '@casetrail/event-store';
import {
  fromBase64, generateSigningKey, latestCheckpoint, leafHash, ledgerEntry, openCheckpoint, rootFromLeafHashes, toBase64,
  verifyConsistency, verifyInclusion,
} from '@casetrail/ledger';
import { createLedgerTestDatabase, givenCases } from '../../../../libs/ledger/src/postgres/testing/ledger-test-database';
import { eventually, wholeLog } from '../../../../libs/ledger/src/postgres/testing/whole-log';
import { AuthGuard } from '../auth/auth.guard';
import { AuthenticationFailures } from '../auth/authentication-failures';
import { ROLES_KEY } from '../auth/roles.decorator';
import { UsersRepository } from '../auth/users.repository';
import { CLOCK, DATABASE, EVENT_STORE } from '../config/tokens';
import { ProblemFilter } from '../http/exception.filter';
import { strictValidationPipe } from '../http/validation/validation.pipe';
import { LEDGER_CONFIGURATION, loadLedgerConfiguration } from './ledger-configuration';
import { LedgerController } from './ledger.controller';
import { LEDGER_CONTROLLERS, LEDGER_PROVIDERS } from './ledger.providers';

const key = generateSigningKey('casetrail/http-test');

/** The ledger's controller and providers on a fresh database, behind the real guard, pipe and filter. */
async function startLedgerApp(env: Record<string, string>) {
  const db = await createLedgerTestDatabase();
  const store = new PostgresEventStore(db.pool);
  const dataDir = mkdtempSync(join(tmpdir(), 'casetrail-ledger-http-'));
  const users = new UsersRepository(db);
  const userToken = async (role: Role, district: District | null = null) =>
    (await users.create({ name: `${role} ${district ?? 'national'}`, role, district }, null)).token;
  const donor = await userToken('donor');
  const moduleRef = await Test.createTestingModule({
    controllers: LEDGER_CONTROLLERS,
    providers: [
      { provide: DATABASE, useValue: db },
      { provide: EVENT_STORE, useValue: store },
      { provide: CLOCK, useValue: { now: () => new Date() } },
      {
        provide: LEDGER_CONFIGURATION,
        useValue: loadLedgerConfiguration({ CASETRAIL_LEDGER_ORIGIN: 'casetrail/http-test', CASETRAIL_LEDGER_KEY: key.signerKey, ...env }, dataDir),
      },
      ...LEDGER_PROVIDERS,
      UsersRepository, ThrottlerStorageService, AuthenticationFailures,
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

describe('the ledger routes', () => {
  let ledger: Awaited<ReturnType<typeof startLedgerApp>>;
  let store: PostgresEventStore;
  let app: INestApplication;
  let log: RecordedEvent[];
  const get = (path: string, token?: string) => ledger.get(path, token);

  beforeAll(async () => {
    ledger = await startLedgerApp({ CASETRAIL_LEDGER: 'off' }); // sealing and signing only on demand: deterministic sizes
    ({ store, app } = ledger);
  }, 60_000);
  afterAll(() => ledger.close());

  it('given every read route, then every role may call it; only an admin or an auditor may have a checkpoint signed', () => {
    for (const route of ['checkpoint', 'inclusion', 'consistency'] as const) {
      expect(Reflect.getMetadata(ROLES_KEY, LedgerController.prototype[route])).toEqual([...ROLES]);
    }
    expect(Reflect.getMetadata(ROLES_KEY, LedgerController.prototype.signCheckpoint)).toEqual(['admin', 'auditor']);
  });

  it('given no event yet, then there is no checkpoint: 404 LEDGER_EMPTY', async () => {
    const response = await get('/v1/ledger/checkpoint').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'LEDGER_EMPTY' });
    const signing = await ledger.post('/v1/ledger/checkpoints', await ledger.userToken('auditor')).expect(404);
    expect(signing.body).toMatchObject({ statusCode: 404, code: 'LEDGER_EMPTY' });
    expect((await ledger.db.pool.query('SELECT count(*)::int AS n FROM ledger_checkpoints')).rows[0].n).toBe(0);
  });

  it('given recorded events, then the checkpoint is signed on demand and verifies with the key it names', async () => {
    await givenCases(store, 12, 41);
    log = await wholeLog(store);
    const { body } = await get('/v1/ledger/checkpoint').expect(200);
    expect(body).toMatchObject({ keyName: 'casetrail/http-test', publicKey: toBase64(fromBase64(body.publicKey)), verifierKey: key.verifierKey });
    const { checkpoint } = openCheckpoint(body.note, { origin: body.keyName, verifierKeys: [key.verifierKey] });
    expect(checkpoint.treeSize).toBe(body.treeSize);
    expect(body.treeSize).toBe(log.length);
    const leaves = log.map((event) => leafHash(ledgerEntry(event)));
    expect(body.rootHash).toBe(toBase64(rootFromLeafHashes(leaves.slice(0, body.treeSize))));
    expect(toBase64(checkpoint.rootHash)).toBe(body.rootHash);
  });

  it('given an event, then its inclusion proof (in the latest checkpoint by default) verifies against the signed root', async () => {
    const auditor = await ledger.userToken('auditor');
    const { body: checkpoint } = await get('/v1/ledger/checkpoint', auditor).expect(200);
    for (const index of [0, 5, log.length - 1]) {
      const { body } = await get(`/v1/ledger/proofs/inclusion?eventId=${log[index]!.eventId}`, auditor).expect(200);
      expect(Object.keys(body).sort()).toEqual(['auditPath', 'entry', 'leafHash', 'leafIndex', 'treeSize']);
      expect(body).toMatchObject({ leafIndex: index, treeSize: checkpoint.treeSize });
      const entry = fromBase64(body.entry);
      expect(JSON.parse(Buffer.from(entry).toString('utf8'))).toMatchObject({ eventId: log[index]!.eventId, version: log[index]!.version });
      expect(toBase64(leafHash(entry))).toBe(body.leafHash);
      const path = (body.auditPath as string[]).map(fromBase64);
      expect(verifyInclusion(leafHash(entry), index, body.treeSize, path, fromBase64(checkpoint.rootHash))).toBe(true);
    }
    // A donor is not handed the entry (the case's refs, sealed personal data) but verifies with the leaf hash.
    const { body: seen } = await get(`/v1/ledger/proofs/inclusion?eventId=${log[5]!.eventId}`).expect(200);
    expect(seen.entry).toBeNull();
    expect(verifyInclusion(fromBase64(seen.leafHash), 5, seen.treeSize, (seen.auditPath as string[]).map(fromBase64), fromBase64(checkpoint.rootHash))).toBe(true);
    const small = await get(`/v1/ledger/proofs/inclusion?eventId=${log[2]!.eventId}&treeSize=3`).expect(200);
    expect(small.body).toMatchObject({ leafIndex: 2, treeSize: 3 });
  });

  it.each([
    ['an eventId that is no UUID', 'eventId=nope', 400, 'VALIDATION_FAILED'],
    ['a treeSize of 0', 'eventId=00000000-0000-4000-8000-000000000000&treeSize=0', 400, 'VALIDATION_FAILED'],
    ['an unknown parameter', 'eventId=00000000-0000-4000-8000-000000000000&size=3', 400, 'VALIDATION_FAILED'],
    ['an unknown event', 'eventId=00000000-0000-4000-8000-000000000000', 404, 'EVENT_NOT_FOUND'],
  ])('given %s, then the inclusion proof is refused', async (_case, query, status, code) => {
    const response = await get(`/v1/ledger/proofs/inclusion?${query}`).expect(status);
    expect(response.body).toMatchObject({ statusCode: status, code });
  });

  it('given an event after the tree asked about, or a tree not sealed yet, then 404 names why', async () => {
    const late = await get(`/v1/ledger/proofs/inclusion?eventId=${log[9]!.eventId}&treeSize=5`).expect(404);
    expect(late.body.code).toBe('EVENT_NOT_SEALED');
    const ahead = await get(`/v1/ledger/proofs/inclusion?eventId=${log[9]!.eventId}&treeSize=999999`).expect(404);
    expect(ahead.body.code).toBe('TREE_SIZE_NOT_SEALED');
  });

  it("given a caller scoped to one district, then events of other districts' cases do not exist for them", async () => {
    const districtOf = (event: RecordedEvent) => log.find((e) => e.streamId === event.streamId && e.version === 1)!.data.district as District;
    const district = districtOf(log[0]!);
    const scoped = await ledger.userToken('investigator', district);
    const elsewhere = log.find((event) => districtOf(event) !== district)!;
    expect((await get(`/v1/ledger/proofs/inclusion?eventId=${elsewhere.eventId}`, scoped).expect(404)).body.code).toBe('EVENT_NOT_FOUND');
    await get(`/v1/ledger/proofs/inclusion?eventId=${log[0]!.eventId}`, scoped).expect(200);
  });

  it('given two tree sizes, then the consistency proof links their roots; sizes out of order or not sealed are refused', async () => {
    const leaves = log.map((event) => leafHash(ledgerEntry(event)));
    const { body } = await get(`/v1/ledger/proofs/consistency?from=7&to=${log.length}`).expect(200);
    expect(body).toMatchObject({ from: 7, to: log.length });
    const proof = (body.proof as string[]).map(fromBase64);
    expect(verifyConsistency(7, log.length, rootFromLeafHashes(leaves.slice(0, 7)), rootFromLeafHashes(leaves), proof)).toBe(true);
    expect((await get('/v1/ledger/proofs/consistency?from=9&to=3').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/v1/ledger/proofs/consistency?from=1').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/v1/ledger/proofs/consistency?from=1&to=999999').expect(404)).body.code).toBe('TREE_SIZE_NOT_SEALED');
  });

  it('given events recorded after the latest checkpoint, when an auditor asks for one now, then it is signed over them and extends the last', async () => {
    const auditor = await ledger.userToken('auditor');
    const { body: before } = await get('/v1/ledger/checkpoint').expect(200);
    await givenCases(store, 3, 77);
    const grown = await wholeLog(store);
    expect((await get('/v1/ledger/checkpoint').expect(200)).body.treeSize).toBe(before.treeSize); // the periodic signer is off

    const { body: now } = await ledger.post('/v1/ledger/checkpoints', auditor).expect(201);
    expect(now.treeSize).toBe(grown.length);
    const { checkpoint } = openCheckpoint(now.note, { origin: now.keyName, verifierKeys: [key.verifierKey] });
    expect(toBase64(checkpoint.rootHash)).toBe(toBase64(rootFromLeafHashes(grown.map((event) => leafHash(ledgerEntry(event))))));
    const { body: link } = await get(`/v1/ledger/proofs/consistency?from=${before.treeSize}&to=${now.treeSize}`).expect(200);
    expect(verifyConsistency(before.treeSize, now.treeSize, fromBase64(before.rootHash), fromBase64(now.rootHash), (link.proof as string[]).map(fromBase64))).toBe(true);
    const newest = grown[grown.length - 1]!;
    expect((await get(`/v1/ledger/proofs/inclusion?eventId=${newest.eventId}`, auditor).expect(200)).body).toMatchObject({ leafIndex: grown.length - 1 });

    // Nothing recorded since: the same checkpoint, not another one.
    const again = await ledger.post('/v1/ledger/checkpoints', await ledger.userToken('admin')).expect(201);
    expect(again.body).toEqual(now);
    expect((await get('/v1/ledger/checkpoint').expect(200)).body).toEqual(now);
  });

  it.each(['donor', 'investigator', 'prosecutor'] as const)('given a %s, then asking for a checkpoint now is refused and signs nothing', async (role) => {
    const count = async () => (await ledger.db.pool.query('SELECT count(*)::int AS n FROM ledger_checkpoints')).rows[0].n as number;
    const before = await count();
    const response = await ledger.post('/v1/ledger/checkpoints', await ledger.userToken(role)).expect(403);
    expect(response.body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_ALLOWED' });
    expect(await count()).toBe(before);
  });

  it('given the OpenAPI description, then the four routes are in it', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/ledger/checkpoint', '/v1/ledger/checkpoints', '/v1/ledger/proofs/inclusion', '/v1/ledger/proofs/consistency']),
    );
  });
});

describe('the ledger host', () => {
  it('given the service running, when events are recorded, then they are sealed and a checkpoint is signed at the interval', async () => {
    const ledger = await startLedgerApp({ CASETRAIL_LEDGER_CHECKPOINT_SECONDS: '1' });
    try {
      const total = await givenCases(ledger.store, 3, 42);
      await eventually(async () => ((await latestCheckpoint(ledger.db.pool))?.treeSize ?? 0) === total, 10_000);
      const signed = (await latestCheckpoint(ledger.db.pool))!;
      expect(() => openCheckpoint(signed.note, { origin: 'casetrail/http-test', verifierKeys: [key.verifierKey] })).not.toThrow();
    } finally {
      await ledger.close();
    }
  }, 30_000);
});

import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { ADMIN_TOKEN } from '../support/test-app';
import { as, asText, at } from '../support/case-requests';
import { EpochKeys, KeyEncryptionKeys, KeysFolder, masterKeyId, rotateKeyEncryptionKey } from '@casetrail/personal-data';
import { createCasetrailApp, JsonLogger } from '../../apps/api/src';
import { loadConfiguration, type Configuration } from '@casetrail/config';

interface RunningService {
  readonly http: Server;
  readonly logLines: string[];
  /** Stops the service; the database stays, for the next start. */
  close(): Promise<void>;
}

/**
 * Like startTestApp, but on a database and keys folder that outlive the service, so it can be restarted
 * with other master keys. (`previous` is what CASETRAIL_MASTER_KEY_PREVIOUS configures.)
 */
async function serve(database: TestDatabase, keysDir: string, keys: { current: Buffer; previous?: Buffer }): Promise<RunningService> {
  const configuration: Configuration = loadConfiguration({
    CASETRAIL_ADMIN_TOKEN: ADMIN_TOKEN,
    CASETRAIL_MASTER_KEY: keys.current.toString('base64'),
    CASETRAIL_MASTER_KEY_PREVIOUS: keys.previous?.toString('base64') ?? '',
    CASETRAIL_KEYS_DIR: keysDir,
    CASETRAIL_LOG_LEVEL: 'info',
    CASETRAIL_RATE_LIMIT: '100000',
  });
  const logLines: string[] = [];
  const logger = new JsonLogger(configuration.logLevel, (line) => logLines.push(line));
  const service = await createCasetrailApp(configuration, { database, logger });
  await service.app.init();
  await new Promise<void>((resolve) => service.app.getHttpServer().listen(0, '127.0.0.1', resolve));
  return { http: service.app.getHttpServer() as Server, logLines, close: () => service.close() };
}

const person = (n: number) => ({ fullName: `Mpho Rotation ${n}`, idNumber: `ROT-${n}-${randomUUID().slice(0, 8)}` });

describe('rotating the master key: personal data survives a restart on the new key, and the old key alone opens nothing', () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const caseId = randomUUID();
  const path = `/v1/cases/${caseId}`;
  const written = new Map<string, { fullName: string; idNumber: string }>();
  let database: TestDatabase;
  let keysDir: string;
  let tokens: { investigator: string; victimServices: string; auditor: string };
  let erasedSubject: string;
  let erasedAt: Date;

  const subjectKeys = async () =>
    (await database.pool.query<{ subject_ref: string; wrapped_key: Buffer | null; epoch_id: string; erased_at: Date | null }>(
      'SELECT subject_ref, wrapped_key, epoch_id, erased_at FROM subject_keys ORDER BY subject_ref',
    )).rows;
  /** The master key (KEK) id written in each epoch key file of the folder. */
  const epochFileKeks = () => new EpochKeys(KeysFolder.open(keysDir), 'unused', new KeyEncryptionKeys(oldKey)).files().map((f) => f.kek);
  const eventsText = async () => asText((await database.pool.query('SELECT * FROM events ORDER BY position')).rows);
  const victimsSeen = async (http: Server, token = tokens.investigator) => {
    const { body } = await as(http, token).get(path).expect(200);
    return new Map((body.victims as { victimRef: string; personal: unknown }[]).map((v) => [v.victimRef, v.personal]));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    keysDir = mkdtempSync(join(tmpdir(), 'casetrail-rotation-keys-'));
  }, 60_000);
  afterAll(async () => {
    await database.close();
    rmSync(keysDir, { recursive: true, force: true });
  });

  it('given people written under the old key and one erased, the service on the old key shows them', async () => {
    const service = await serve(database, keysDir, { current: oldKey });
    try {
      const admin = (role: string) =>
        request(service.http).post('/v1/admin/users').set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ name: role, role }).expect(201);
      tokens = {
        investigator: (await admin('investigator')).body.token,
        victimServices: (await admin('victim_services')).body.token,
        auditor: (await admin('auditor')).body.token,
      };
      const investigator = as(service.http, tokens.investigator);
      await investigator.post('/v1/cases', { caseId, occurredAt: at('07-01'), source: 'police', district: 'leribe', form: 'labour' }).expect(201);
      for (let n = 1; n <= 5; n++) {
        const personal = person(n);
        written.set(`v${n}`, personal);
        const identified = await investigator
          .post(`${path}/victims`, {
            victimRef: `v${n}`, occurredAt: at('07-02'), sex: 'male', ageGroup: 'adult', nationality: 'LS', form: 'labour',
            identifiedBy: 'government', personal,
          })
          .expect(201);
        if (n === 5) erasedSubject = identified.body.subjectRef;
      }
      const erasure = await as(service.http, ADMIN_TOKEN).post(`/v1/subjects/${erasedSubject}/erasure`, { reason: 'request of the person' }).expect(201);
      expect(erasure.body).toMatchObject({ retiredEpoch: expect.stringMatching(/^ep_/), keysRetiredBy: expect.any(String) });
      written.delete('v5');

      const seen = await victimsSeen(service.http);
      for (const [victimRef, personal] of written) expect(seen.get(victimRef)).toEqual(personal);
      expect(seen.get('v5')).toBeNull();
      expect(epochFileKeks()).toEqual([masterKeyId(oldKey)]); // the epoch of the erased key is gone; one is left
      erasedAt = (await subjectKeys()).find((k) => k.subject_ref === erasedSubject)!.erased_at!;
    } finally {
      await service.close();
    }
  }, 60_000);

  it('given a restart on the new key with the old one as previous, reads everything while the keys are re-wrapped', async () => {
    const service = await serve(database, keysDir, { current: newKey, previous: oldKey });
    try {
      const investigator = as(service.http, tokens.investigator);
      const newcomer = person(6);
      await investigator
        .post(`${path}/victims`, {
          victimRef: 'v6', occurredAt: at('07-03'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour',
          identifiedBy: 'government', personal: newcomer,
        })
        .expect(201);
      written.set('v6', newcomer);
      const before = await victimsSeen(service.http);
      for (const [victimRef, personal] of written) expect(before.get(victimRef)).toEqual(personal);
      const eventsBefore = await eventsText();

      const rotating = new KeyEncryptionKeys(newKey, oldKey);
      const keysBefore = await subjectKeys();
      const result = rotateKeyEncryptionKey(KeysFolder.open(keysDir), new EpochKeys(KeysFolder.open(keysDir), 'unused', rotating), rotating);

      expect(result).toMatchObject({ rewrapped: 1, alreadyUnderNewKey: 0, underOtherKeys: {} });
      expect(await subjectKeys()).toEqual(keysBefore); // only the epoch key file changed
      expect(await eventsText()).toBe(eventsBefore);
      const after = await victimsSeen(service.http);
      for (const [victimRef, personal] of written) expect(after.get(victimRef)).toEqual(personal);
      expect(after.get('v5')).toBeNull();
    } finally {
      await service.close();
    }
  }, 60_000);

  it('given a restart on the new key alone, reads the personal data back; the erased person stays erased', async () => {
    const service = await serve(database, keysDir, { current: newKey });
    try {
      for (const token of [tokens.investigator, tokens.victimServices]) {
        const seen = await victimsSeen(service.http, token);
        for (const [victimRef, personal] of written) expect(seen.get(victimRef)).toEqual(personal);
        expect(seen.get('v5')).toBeNull();
      }
      const again = await as(service.http, ADMIN_TOKEN).post(`/v1/subjects/${erasedSubject}/erasure`, { reason: 'twice' });
      expect(again.body.code).toBe('SUBJECT_ALREADY_ERASED');
    } finally {
      await service.close();
    }
    expect(epochFileKeks()).toEqual([masterKeyId(newKey)]);
    expect((await subjectKeys()).find((k) => k.subject_ref === erasedSubject)).toMatchObject({ wrapped_key: null, erased_at: erasedAt });
  }, 60_000);

  it('given a restart on the old key alone, personal data does not open: a named refusal, nothing shown', async () => {
    const service = await serve(database, keysDir, { current: oldKey });
    try {
      const refused = await as(service.http, tokens.investigator).get(path);
      expect(refused.status).toBe(500);
      expect(refused.body.code).toBe('MASTER_KEY_UNAVAILABLE');
      expect(JSON.stringify(refused.body)).not.toContain('Rotation');
      await as(service.http, tokens.auditor).get(path).expect(200); // reads without personal data still work
      expect(service.logLines.join('\n')).toContain('a data key is wrapped by a key this service cannot open');
      expect(service.logLines.join('\n')).toContain('epoch keys wrapped by a master key this service was not given');
      expect(service.logLines.join('\n')).not.toContain('Rotation');
    } finally {
      await service.close();
    }
  }, 60_000);
});

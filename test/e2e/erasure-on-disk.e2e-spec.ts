import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { SealedPersonalData } from '@casetrail/domain';
import { PostgresEventStore } from '@casetrail/event-store';
import { EpochKeys, KeyEncryptionKeys, KeysFolder, open, type EpochKeyFile, unwrapEpochKey } from '@casetrail/personal-data';
import { createCasetrailApp, JsonLogger, type CasetrailApp } from '../../apps/api/src';
import { loadConfiguration } from '@casetrail/config';
import { as, at } from '../support/case-requests';
import { findDataKeyInRawFiles } from '../support/raw-key-search';
import { ADMIN_TOKEN, TEST_LEDGER_KEY } from '../support/test-app';

interface Person {
  readonly subjectRef: string;
  readonly eventId: string;
  readonly sealed: SealedPersonalData;
  readonly fullName: string;
}

/** Every key an attacker holding a copy of the keys folder can open: the KEK, and each epoch key under it. */
function keysIn(keysDir: string): Buffer[] {
  const kek = Buffer.from(readFileSync(join(keysDir, 'master.key'), 'utf8').trim(), 'base64');
  const files: EpochKeyFile[] = new EpochKeys(KeysFolder.open(keysDir), 'any', new KeyEncryptionKeys(kek)).files();
  return [kek, ...files.map((file) => unwrapEpochKey(kek, file))];
}

/** The person's name, decrypted from the log's ciphertext with a data key found in the copy; null when none is found. */
function nameFromCopy(copy: string, person: Person, wrappingKeys: readonly Buffer[]): string | null {
  const dataKey = findDataKeyInRawFiles(copy, person.subjectRef, wrappingKeys);
  return dataKey && open(dataKey, person.sealed.fullName!, `${person.eventId}:fullName`).toString('utf8');
}

describe('erasure holds on disk: copies of the data folder taken before and after an erasure cannot open the person', () => {
  const root = mkdtempSync(join(tmpdir(), 'casetrail-erasure-disk-'));
  const dataDir = join(root, 'data');
  const keysDir = join(root, 'data-keys'); // the default: beside the data folder
  const configuration = loadConfiguration({
    CASETRAIL_ADMIN_TOKEN: ADMIN_TOKEN,
    CASETRAIL_DATA_DIR: dataDir,
    CASETRAIL_LOG_LEVEL: 'warn',
    CASETRAIL_RATE_LIMIT: '100000',
    CASETRAIL_LEDGER_KEY: TEST_LEDGER_KEY.signerKey,
  });
  const copies = { before: join(root, 'copy-before'), after: join(root, 'copy-after'), keysBefore: join(root, 'keys-backup-before') };
  let service: CasetrailApp;
  let http: Server;
  const people: Person[] = [];
  let erasureAnswer: Record<string, unknown>;

  async function start(): Promise<void> {
    service = await createCasetrailApp(configuration, { logger: new JsonLogger('warn', () => undefined) });
    await service.app.init();
    http = service.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  }
  /** A backup as docs/deployment.md says to take one: the service stopped, the folder copied whole. */
  async function stopAndCopy(to: string): Promise<void> {
    await service.close();
    cpSync(dataDir, to, { recursive: true });
  }

  beforeAll(async () => {
    await start();
    const investigator = as(http, (await as(http, ADMIN_TOKEN).post('/v1/admin/users', { name: 'Inv', role: 'investigator' }).expect(201)).body.token);
    const caseId = randomUUID();
    await investigator.post('/v1/cases', { caseId, occurredAt: at('03-01'), source: 'hotline', district: 'maseru', form: 'labour' }).expect(201);
    for (const [victimRef, fullName] of [['v1', 'Mpho Erased-Person'], ['v2', 'Lineo Kept-Person']] as const) {
      const { body } = await investigator.post(`/v1/cases/${caseId}/victims`, {
        victimRef, occurredAt: at('03-02'), sex: 'female', ageGroup: 'adult', nationality: 'LS', form: 'labour', identifiedBy: 'ngo',
        personal: { fullName, idNumber: `ID-${victimRef}` },
      }).expect(201);
      const stored = (await new PostgresEventStore(service.database.pool).readStream({ kind: 'case', id: caseId })).find((e) => e.eventId === body.eventIds[0])!;
      people.push({ subjectRef: body.subjectRef, eventId: stored.eventId, sealed: stored.data.personal as SealedPersonalData, fullName });
    }
    await stopAndCopy(copies.before);
    cpSync(keysDir, copies.keysBefore, { recursive: true });

    await start();
    erasureAnswer = (await as(http, ADMIN_TOKEN).post(`/v1/subjects/${people[0]!.subjectRef}/erasure`, { reason: 'request of the person' }).expect(201)).body;
    await stopAndCopy(copies.after);
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('answers the erasure with the epoch whose key it destroyed, and when', () => {
    expect(erasureAnswer).toMatchObject({ retiredEpoch: expect.stringMatching(/^ep_/), keysRetiredBy: expect.any(String) });
    expect(Date.parse(erasureAnswer.keysRetiredBy as string)).toBeLessThanOrEqual(Date.now());
  });

  it('keeps no key in the data folder: the master key and the epoch keys are in the keys folder beside it', () => {
    const names = (folder: string): string[] => readdirSync(folder, { recursive: true }).map(String);
    expect(names(copies.after).filter((name) => name.endsWith('.key'))).toEqual([]);
    expect(existsSync(join(keysDir, 'master.key'))).toBe(true);
  });

  it('given the keys left on the machine, the erased person opens from neither copy; the other person does', () => {
    const keysLeft = keysIn(keysDir);
    const [erased, kept] = people;
    expect(nameFromCopy(copies.before, erased!, keysLeft)).toBeNull();
    expect(nameFromCopy(copies.after, erased!, keysLeft)).toBeNull();
    expect(nameFromCopy(copies.after, kept!, keysLeft)).toBe('Lineo Kept-Person');
  });

  it('given a keys backup taken before the erasure, the same search does open them: the copies still hold the old key', () => {
    const keysThen = keysIn(copies.keysBefore);
    const [erased] = people;
    expect(nameFromCopy(copies.before, erased!, keysThen)).toBe('Mpho Erased-Person');
    expect(nameFromCopy(copies.after, erased!, keysThen)).toBe('Mpho Erased-Person'); // the old row image survived the erasure
  });
});

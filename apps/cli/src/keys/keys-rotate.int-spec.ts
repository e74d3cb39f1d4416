import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inTransaction, openDatabase, type Database } from '@casetrail/database';
import type { SealedPersonalData } from '@casetrail/domain';
import { masterKeyId, openPersonalData, wrapDataKey } from '@casetrail/personal-data';
import { createTestDatabase } from '../../../../test/support/test-database';
import { MIGRATIONS as API_MIGRATIONS } from '@casetrail/config';
import { keysRotate } from './keys-rotate';

const oldKey = randomBytes(32);

interface Person {
  readonly subjectRef: string;
  readonly eventId: string;
  readonly sealed: SealedPersonalData;
}

describe('keys rotate: every epoch key re-wrapped under the new master key, nothing else touched', () => {
  let folder: string;
  let server: Database | null = null;
  let env: NodeJS.ProcessEnv;
  let output: { stdout: string; stderr: string };
  const people: Person[] = [];
  const settings = (key: Buffer) => ({ keysDir: join(folder, 'keys'), dataDir: join(folder, 'data'), masterKey: key.toString('base64') });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'casetrail-keys-'));
    if (process.env.DATABASE_URL) server = await createTestDatabase();
    env = {
      DATABASE_URL: server?.url ?? '',
      CASETRAIL_DATA_DIR: join(folder, 'data'),
      CASETRAIL_KEYS_DIR: join(folder, 'keys'),
      CASETRAIL_MASTER_KEY: oldKey.toString('base64'),
    };
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });
  beforeEach(() => {
    output = { stdout: '', stderr: '' };
    for (const name of ['stdout', 'stderr'] as const) {
      jest.spyOn(process[name], 'write').mockImplementation((chunk: string | Uint8Array) => {
        output[name] += String(chunk);
        return true;
      });
    }
  });
  afterEach(() => jest.restoreAllMocks());

  /** The configured database and its keys under `key`, opened while the command is not running. */
  async function withKeys<T>(key: Buffer, work: (keys: Awaited<ReturnType<typeof openPersonalData>>, db: Database) => Promise<T>): Promise<T> {
    const db = await openDatabase({ url: server?.url, dataDir: join(folder, 'data'), migrations: API_MIGRATIONS });
    try {
      const keys = await openPersonalData(db.pool, settings(key));
      try {
        return await work(keys, db);
      } finally {
        await keys.close();
      }
    } finally {
      await db.close();
    }
  }

  const opens = (key: Buffer) =>
    withKeys(key, (keys) => Promise.all(people.map((p) => keys.vault.open(p.subjectRef, p.eventId, p.sealed).then(
      (fields) => fields?.fullName ?? 'erased',
      (error: Error) => error.message,
    ))));

  it('given --generate, writes a fresh key file, re-wraps the epoch keys under it and tells the operator to restart with it', async () => {
    await withKeys(oldKey, async (keys, db) => {
      for (let n = 0; n < 3; n++) {
        const subjectRef = keys.vault.newSubjectRef();
        const eventId = randomUUID();
        const { sealed, pendingKey } = keys.vault.sealForNewSubject(subjectRef, eventId, { fullName: `Person ${n}` });
        await inTransaction(db.pool, (client) => keys.vault.storeKey(client, pendingKey, randomUUID()));
        people.push({ subjectRef, eventId, sealed });
      }
      // A person from before epochs: wrapped by the master key itself.
      const subjectRef = 'subj_before_epochs';
      await db.pool.query('INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)', [
        subjectRef, randomUUID(), wrapDataKey(oldKey, randomBytes(32), subjectRef), masterKeyId(oldKey),
      ]);
    });
    const keyFile = join(folder, 'new.key');

    expect(await keysRotate(['--new-key-file', keyFile, '--generate', '--batch-size', '2'], env)).toBe(0);

    const written = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
    expect(written).toHaveLength(32);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(output.stderr).toContain('re-wrapped 1/1 epoch keys (100.0%)');
    expect(output.stdout).toContain(`re-wrapped 1 epoch keys from master key ${masterKeyId(oldKey)} to ${masterKeyId(written)}`);
    expect(output.stdout).toContain('1 data keys from before epochs moved into one');
    expect(output.stderr).toContain(`Restart the service now with CASETRAIL_MASTER_KEY set to the contents of ${keyFile}`);
    expect(await opens(written)).toEqual(['Person 0', 'Person 1', 'Person 2']);
    expect(await opens(oldKey)).toEqual(Array(3).fill(expect.stringContaining('key-encryption key not given')));

    expect(await keysRotate(['--new-key-file', keyFile, '--generate'], env)).toBe(2);
    expect(output.stderr).toContain(`could not write a new key into ${keyFile}`);
    expect(await keysRotate(['--new-key-file', keyFile], { ...env, CASETRAIL_MASTER_KEY: written.toString('base64'), CASETRAIL_MASTER_KEY_PREVIOUS: oldKey.toString('base64') })).toBe(0);
    expect(output.stdout).toContain('re-wrapped 0 epoch keys');
    expect(output.stdout).toContain('1 were under it already');
  }, 60_000);

  it('given no new key, a bad one, or --help, explains itself', async () => {
    expect(await keysRotate(['--help'], env)).toBe(0);
    expect(output.stdout).toContain('resumes where it stopped');
    expect(await keysRotate([], env)).toBe(2);
    expect(output.stderr).toContain('give the new key as either --new-key-file F or --new-key BASE64');
    expect(await keysRotate(['--new-key', 'c2hvcnQ='], env)).toBe(2);
    expect(output.stderr).toContain('--new-key must hold the base64 of exactly 32 bytes');
    expect(await keysRotate(['--new-key', oldKey.toString('base64')], env)).toBe(2);
    expect(output.stderr).toContain('the configured master key already is the new key');
    const empty = join(folder, 'empty-keys');
    expect(await keysRotate(['--new-key', randomBytes(32).toString('base64')], { ...env, CASETRAIL_MASTER_KEY: '', CASETRAIL_KEYS_DIR: empty })).toBe(2);
    expect(output.stderr).toContain('no master key is configured');
  });

  it('given the keys folder of another database, refuses and changes nothing', async () => {
    const stranger = await createTestDatabase();
    try {
      const before = readFileSync(join(folder, 'keys', 'keyring.id'), 'utf8');
      const code = await keysRotate(['--new-key', randomBytes(32).toString('base64')], { ...env, DATABASE_URL: stranger.url });
      expect(code).toBe(2);
      expect(output.stderr).toContain(`belongs to keyring ${before.trim()}, and this database has none`);
    } finally {
      await stranger.close();
    }
  }, 60_000);
});

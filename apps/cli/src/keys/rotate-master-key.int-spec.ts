import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { openDatabase, type Database } from '@casetrail/database';
import { createTestDatabase } from '../../../../test/support/test-database';
import { API_MIGRATIONS } from '../../../api/src/migrations';
import { unwrapDataKey, wrapDataKey } from '@casetrail/personal-data';
import { masterKeyId } from '@casetrail/personal-data';
import { keysRotate } from './keys-rotate';
import { rotateMasterKey, type RotationProgress } from './rotate-master-key';

const oldKey = randomBytes(32);
const newKey = randomBytes(32);

/** `count` people whose data keys are wrapped by `masterKey`; returns each one's data key by subjectRef. */
async function givenPeople(pool: Pool, masterKey: Buffer, count: number): Promise<Map<string, Buffer>> {
  const dataKeys = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const subjectRef = `subj_${randomUUID()}`;
    const dataKey = randomBytes(32);
    dataKeys.set(subjectRef, dataKey);
    await pool.query('INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)', [
      subjectRef, randomUUID(), wrapDataKey(masterKey, dataKey, subjectRef), masterKeyId(masterKey),
    ]);
  }
  return dataKeys;
}

async function givenErasedPerson(pool: Pool): Promise<string> {
  const subjectRef = `subj_${randomUUID()}`;
  await pool.query(
    'INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id, erased_at) VALUES ($1, $2, NULL, $3, now())',
    [subjectRef, randomUUID(), masterKeyId(oldKey)],
  );
  return subjectRef;
}

async function subjectKeys(pool: Pool) {
  const { rows } = await pool.query<{ subject_ref: string; wrapped_key: Buffer | null; master_key_id: string; erased_at: Date | null }>(
    'SELECT subject_ref, wrapped_key, master_key_id, erased_at FROM subject_keys',
  );
  return new Map(rows.map((row) => [row.subject_ref, row]));
}

describe('rotating the master key: every data key re-wrapped, nothing else touched', () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(() => database.close());
  beforeEach(() => database.pool.query('DELETE FROM subject_keys'));

  it('given data keys under the old key, re-wraps them in batches so only the new key opens them', async () => {
    const people = await givenPeople(database.pool, oldKey, 7);
    const erased = await givenErasedPerson(database.pool);
    const thirdKey = randomBytes(32);
    const strangers = await givenPeople(database.pool, thirdKey, 2);
    const progress: RotationProgress[] = [];

    const result = await rotateMasterKey(database.pool, oldKey, newKey, (p) => progress.push(p), { batchSize: 3 });

    expect(result).toEqual({
      oldKeyId: masterKeyId(oldKey),
      newKeyId: masterKeyId(newKey),
      rewrapped: 7,
      alreadyUnderNewKey: 0,
      erased: 1,
      underOtherKeys: { [masterKeyId(thirdKey)]: 2 },
    });
    expect(progress).toEqual([{ rewrapped: 3, total: 7 }, { rewrapped: 6, total: 7 }, { rewrapped: 7, total: 7 }]);
    const rows = await subjectKeys(database.pool);
    for (const [subjectRef, dataKey] of people) {
      const row = rows.get(subjectRef)!;
      expect(row.master_key_id).toBe(masterKeyId(newKey));
      expect(unwrapDataKey(newKey, row.wrapped_key!, subjectRef).equals(dataKey)).toBe(true);
      expect(() => unwrapDataKey(oldKey, row.wrapped_key!, subjectRef)).toThrow();
    }
    expect(rows.get(erased)).toMatchObject({ wrapped_key: null, erased_at: expect.any(Date) });
    for (const [subjectRef, dataKey] of strangers) {
      expect(unwrapDataKey(thirdKey, rows.get(subjectRef)!.wrapped_key!, subjectRef).equals(dataKey)).toBe(true);
    }
  });

  it('given a run interrupted after its first batch, the next run re-wraps only the rest', async () => {
    const people = await givenPeople(database.pool, oldKey, 5);
    const interrupted = rotateMasterKey(database.pool, oldKey, newKey, () => {
      throw new Error('killed');
    }, { batchSize: 2 });
    await expect(interrupted).rejects.toThrow('killed');

    const resumed: RotationProgress[] = [];
    const result = await rotateMasterKey(database.pool, oldKey, newKey, (p) => resumed.push(p), { batchSize: 2 });

    expect(result).toMatchObject({ rewrapped: 3, alreadyUnderNewKey: 2, erased: 0, underOtherKeys: {} });
    expect(resumed.at(-1)).toEqual({ rewrapped: 3, total: 3 });
    const rows = await subjectKeys(database.pool);
    for (const [subjectRef, dataKey] of people) {
      expect(unwrapDataKey(newKey, rows.get(subjectRef)!.wrapped_key!, subjectRef).equals(dataKey)).toBe(true);
    }
  });

  it('given a data key that does not open with the old key, changes nothing of its batch and says whose it is', async () => {
    await givenPeople(database.pool, oldKey, 2);
    const subjectRef = 'subj_tampered';
    await database.pool.query('INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)', [
      subjectRef, randomUUID(), randomBytes(60), masterKeyId(oldKey),
    ]);
    const before = await subjectKeys(database.pool);

    await expect(rotateMasterKey(database.pool, oldKey, newKey, undefined, { batchSize: 10 })).rejects.toThrow(subjectRef);
    expect(await subjectKeys(database.pool)).toEqual(before);
  });

  // PGlite serves one transaction at a time, so only the real server can race.
  (process.env.DATABASE_URL ? it : it.skip)('given two runs and erasures at once, every key ends under the new key or erased', async () => {
    const people = [...(await givenPeople(database.pool, oldKey, 60))];
    const erasures = people.filter((_, i) => i % 7 === 0).map(([subjectRef]) =>
      database.pool.query('UPDATE subject_keys SET wrapped_key = NULL, erased_at = now() WHERE subject_ref = $1', [subjectRef]),
    );

    const runs = await Promise.all([
      rotateMasterKey(database.pool, oldKey, newKey, undefined, { batchSize: 4 }),
      rotateMasterKey(database.pool, oldKey, newKey, undefined, { batchSize: 5 }),
      ...erasures,
    ]);

    const rows = await subjectKeys(database.pool);
    const erased = people.filter((_, i) => i % 7 === 0).length;
    expect([...rows.values()].filter((row) => row.wrapped_key === null)).toHaveLength(erased);
    const rewrapped = runs.slice(0, 2).reduce((sum, run) => sum + (run as { rewrapped: number }).rewrapped, 0);
    expect(rewrapped).toBeLessThanOrEqual(people.length);
    for (const [subjectRef, dataKey] of people) {
      const row = rows.get(subjectRef)!;
      if (row.wrapped_key === null) continue;
      expect(row.master_key_id).toBe(masterKeyId(newKey));
      expect(unwrapDataKey(newKey, row.wrapped_key, subjectRef).equals(dataKey)).toBe(true);
    }
  });

  it('refuses to rotate to the same key', async () => {
    await expect(rotateMasterKey(database.pool, oldKey, Buffer.from(oldKey))).rejects.toThrow('the new master key is the old one');
  });
});

describe('keys rotate, the command', () => {
  let folder: string;
  let server: Database | null = null;
  let env: NodeJS.ProcessEnv;
  let output: { stdout: string; stderr: string };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'casetrail-keys-'));
    if (process.env.DATABASE_URL) server = await createTestDatabase();
    env = {
      DATABASE_URL: server?.url ?? '',
      CASETRAIL_DATA_DIR: join(folder, 'data'),
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

  /** The configured database (PostgreSQL, or the embedded one in the data folder), opened while the command is not running. */
  async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
    const db = await openDatabase({ url: server?.url, dataDir: join(folder, 'data'), migrations: API_MIGRATIONS });
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }

  it('given --generate, writes a fresh key file, re-wraps under it and tells the operator to restart with it', async () => {
    const people = await withDatabase((db) => givenPeople(db.pool, oldKey, 3));
    const keyFile = join(folder, 'new.key');

    expect(await keysRotate(['--new-key-file', keyFile, '--generate', '--batch-size', '2'], env)).toBe(0);

    const written = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
    expect(written).toHaveLength(32);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(output.stderr).toContain('re-wrapped 3/3 data keys (100.0%)');
    expect(output.stdout).toContain(`re-wrapped 3 data keys from master key ${masterKeyId(oldKey)} to ${masterKeyId(written)}`);
    expect(output.stderr).toContain(`Restart the service now with CASETRAIL_MASTER_KEY set to the contents of ${keyFile}`);
    const rows = await withDatabase((db) => subjectKeys(db.pool));
    for (const [subjectRef, dataKey] of people) {
      expect(unwrapDataKey(written, rows.get(subjectRef)!.wrapped_key!, subjectRef).equals(dataKey)).toBe(true);
    }

    expect(await keysRotate(['--new-key-file', keyFile, '--generate'], env)).toBe(2);
    expect(output.stderr).toContain(`could not write a new key into ${keyFile}`);
    expect(await keysRotate(['--new-key-file', keyFile], env)).toBe(0);
    expect(output.stdout).toContain('re-wrapped 0 data keys');
    expect(output.stdout).toContain('3 were under it already');
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
    expect(await keysRotate(['--new-key', randomBytes(32).toString('base64')], { ...env, CASETRAIL_MASTER_KEY: '' })).toBe(2);
    expect(output.stderr).toContain('no master key is configured');
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { KeyConfigurationError } from './errors';
import { KEYRING_FILE } from './keyring-binding';
import { openPersonalData } from './open-personal-data';

describe('a keys folder is bound to one database', () => {
  const kek = Buffer.alloc(32, 3).toString('base64');
  let root: string;
  let first: TestDatabase;
  let second: TestDatabase;
  const settings = (keysDir: string) => ({ keysDir, dataDir: join(root, 'data'), masterKey: kek });
  const open = async (db: TestDatabase, keysDir: string) => (await openPersonalData(db.pool, settings(keysDir))).keyringId;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'casetrail-binding-'));
    first = await createTestDatabase();
    second = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await first.close();
    await second.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('given a fresh database and an empty folder, binds them; the same pair opens again with the same id', async () => {
    const keysDir = join(root, 'keys');
    const id = await open(first, keysDir);
    expect(id).toMatch(/^kr_/);
    expect(await open(first, keysDir)).toBe(id);

    // Given another database pointed at that folder: refused, naming both ids, and the folder untouched.
    const otherId = await open(second, join(root, 'second-keys'));
    await expect(open(second, keysDir)).rejects.toThrow(KeyConfigurationError);
    await expect(open(second, keysDir)).rejects.toThrow(`${keysDir} belongs to keyring ${id}, but this database's keyring is ${otherId}`);
  });

  it('refuses a bound folder for a database that has no keyring yet, and a stranger folder holding epoch keys', async () => {
    const database = await createTestDatabase();
    try {
      const keysDir = join(root, 'keys');
      const id = await open(first, keysDir); // bound in the first test
      await expect(open(database, keysDir)).rejects.toThrow(`belongs to keyring ${id}, and this database has none`);
      const strange = join(root, 'strange');
      mkdirSync(strange);
      writeFileSync(join(strange, 'epoch-ep_1.key'), '{}');
      await expect(open(database, strange)).rejects.toThrow('holds epoch keys but no keyring.id');
    } finally {
      await database.close();
    }
  });

  it('given a database whose keys folder is lost, refuses an empty folder instead of starting a new keyring', async () => {
    const database = await createTestDatabase();
    try {
      const id = await open(database, join(root, 'lost-keys'));
      rmSync(join(root, 'lost-keys'), { recursive: true });
      await expect(open(database, join(root, 'lost-keys'))).rejects.toThrow(`this database's keys are in the folder of keyring ${id}`);
    } finally {
      await database.close();
    }
  });

  it('given a crash after the database took its id but before the folder did, adopts the id (no epoch yet)', async () => {
    const database = await createTestDatabase();
    try {
      await database.pool.query(`INSERT INTO keyring (keyring_id) VALUES ('kr_crashed')`);
      const keysDir = join(root, 'adopted-keys');
      expect(await open(database, keysDir)).toBe('kr_crashed');
      expect(readFileSync(join(keysDir, KEYRING_FILE), 'utf8').trim()).toBe('kr_crashed');
    } finally {
      await database.close();
    }
  });
});

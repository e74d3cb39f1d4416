import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { KeyConfigurationError } from './errors';
import type { KeysFolder } from './keys-folder';
import { EPOCH_FILE_PREFIX } from './epoch-key-file';

export const KEYRING_FILE = 'keyring.id';

/**
 * Binds a keys folder to one database: the same keyring id in `keyring.id` and in the `keyring` table.
 * A folder bound to another database is refused, so that a demo or a test pointed at the wrong folder can
 * never destroy another database's epoch keys. Returns the keyring id.
 */
export async function bindKeysFolder(pool: Pool, folder: KeysFolder): Promise<string> {
  const inFolder = folder.read(KEYRING_FILE)?.trim() || null;
  const inDatabase = await databaseKeyring(pool);
  if (inFolder !== null && inDatabase !== null) {
    if (inFolder === inDatabase) return inFolder;
    throw new KeyConfigurationError(
      `the keys folder ${folder.path} belongs to keyring ${inFolder}, but this database's keyring is ${inDatabase}: ` +
        'set CASETRAIL_KEYS_DIR to the folder of this database',
    );
  }
  if (inFolder !== null) {
    throw new KeyConfigurationError(
      `the keys folder ${folder.path} belongs to keyring ${inFolder}, and this database has none: ` +
        'give this database a keys folder of its own (an empty CASETRAIL_KEYS_DIR)',
    );
  }
  if (folder.list(EPOCH_FILE_PREFIX).length > 0) {
    throw new KeyConfigurationError(`the keys folder ${folder.path} holds epoch keys but no ${KEYRING_FILE}: it is not this database's`);
  }
  if (inDatabase !== null && (await hasEpochs(pool))) {
    throw new KeyConfigurationError(
      `this database's keys are in the folder of keyring ${inDatabase}, but ${folder.path} has no ${KEYRING_FILE}: ` +
        'restore that folder, or set CASETRAIL_KEYS_DIR to it',
    );
  }
  // A fresh database, or one bound a moment before a crash: the database's id first, then the folder's.
  await pool.query('INSERT INTO keyring (keyring_id) VALUES ($1) ON CONFLICT DO NOTHING', [`kr_${randomUUID()}`]);
  const id = (await databaseKeyring(pool))!;
  if (!folder.create(KEYRING_FILE, id + '\n')) return bindKeysFolder(pool, folder);
  return id;
}

async function databaseKeyring(pool: Pool): Promise<string | null> {
  const { rows } = await pool.query<{ keyring_id: string }>('SELECT keyring_id FROM keyring');
  return rows[0]?.keyring_id ?? null;
}

async function hasEpochs(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query('SELECT 1 FROM key_epochs LIMIT 1');
  return rows.length > 0;
}

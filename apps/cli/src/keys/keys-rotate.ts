import { parseOptions, single, UsageError } from '../options';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@casetrail/database';
import {
  decodeMasterKey, GENERATED_KEK_FILE, KeyConfigurationError, KeyEncryptionKeys, KeysFolder, masterKeyId, openPersonalData,
  rotateKeyEncryptionKey, type KekRotationResult,
} from '@casetrail/personal-data';
import { ConfigurationError, loadConfiguration, MIGRATIONS as API_MIGRATIONS, type Configuration } from '@casetrail/config';

export const KEYS_ROTATE_HELP = `Usage: npm run cli -- keys rotate (--new-key-file F [--generate] | --new-key BASE64) [--batch-size N]
Re-wraps every epoch key in the keys folder (CASETRAIL_KEYS_DIR) under a new master key, one file at a time.
The epoch keys, the data keys they wrap, the events and the personal data sealed in them are not touched.
Interrupted, run it again: it resumes where it stopped.
  --new-key-file F   the new master key (base64 of 32 bytes) is in file F
  --generate         first write a fresh random key into F (refused when F exists)
  --new-key B        the new master key as base64 (it stays in your shell history: prefer a file)
  --batch-size N     data keys moved per transaction when keys from before epochs are moved into one (default 500)
The old key is the configured one (CASETRAIL_MASTER_KEY, or master.key in the keys folder), or
CASETRAIL_MASTER_KEY_PREVIOUS when the configured one already is the new key.
Embedded database: stop the service first, rotate, start it with the new key.
PostgreSQL, without downtime: restart the service with the new key as CASETRAIL_MASTER_KEY and the old one
as CASETRAIL_MASTER_KEY_PREVIOUS, rotate, then restart it without CASETRAIL_MASTER_KEY_PREVIOUS.`;

interface RotateOptions {
  readonly help: boolean;
  readonly newKeyFile?: string;
  readonly newKey?: string;
  readonly generate: boolean;
  readonly batchSize?: number;
}

function parseRotateOptions(args: readonly string[]): RotateOptions {
  const parsed = parseOptions(args, { values: ['new-key-file', 'new-key', 'batch-size'], flags: ['generate'] });
  const batchSize = single(parsed, 'batch-size');
  if (batchSize !== undefined && !(/^\d{1,6}$/.test(batchSize) && Number(batchSize) > 0)) {
    throw new UsageError('--batch-size must be a whole number from 1 to 999999');
  }
  const options: RotateOptions = {
    help: parsed.help,
    generate: parsed.flags.has('generate'),
    newKeyFile: single(parsed, 'new-key-file'),
    newKey: single(parsed, 'new-key'),
    batchSize: batchSize === undefined ? undefined : Number(batchSize),
  };
  if (options.help) return options;
  if ((options.newKeyFile === undefined) === (options.newKey === undefined)) {
    throw new UsageError('give the new key as either --new-key-file F or --new-key BASE64');
  }
  if (options.generate && options.newKeyFile === undefined) throw new UsageError('--generate writes the key into --new-key-file F');
  return options;
}

/** The new key: generated (not yet written), read from its file, or given inline. */
function newKeyOf(options: RotateOptions): Buffer {
  if (options.generate) return randomBytes(32);
  if (options.newKey !== undefined) return decodeMasterKey(options.newKey, '--new-key');
  return decodeMasterKey(readFileSync(options.newKeyFile!, 'utf8'), options.newKeyFile!);
}

/** The configured key that is not the new one: what the data keys are wrapped by now. */
function oldKeyOf(configured: KeyEncryptionKeys | null, newKey: Buffer): Buffer {
  if (!configured) {
    throw new UsageError('no master key is configured (CASETRAIL_MASTER_KEY, or master.key in CASETRAIL_KEYS_DIR): nothing to rotate from');
  }
  const newId = masterKeyId(newKey);
  if (configured.id !== newId) return configured.key;
  if (configured.previous && configured.previousId !== newId) return configured.previous;
  throw new UsageError('the configured master key already is the new key; give the old one as CASETRAIL_MASTER_KEY_PREVIOUS');
}

function progressLine(done: number, total: number): string {
  return `re-wrapped ${done}/${total} epoch keys (${((100 * done) / total).toFixed(1)}%)`;
}

function restartAdvice(config: Configuration, options: RotateOptions): string {
  const where = options.newKeyFile !== undefined ? `the contents of ${options.newKeyFile}` : 'the key you gave';
  const setting = config.masterKey
    ? `CASETRAIL_MASTER_KEY set to ${where}`
    : `${join(config.keysDir, GENERATED_KEK_FILE)} replaced by ${where} (or CASETRAIL_MASTER_KEY set to it)`;
  return `Restart the service now with ${setting}, and without CASETRAIL_MASTER_KEY_PREVIOUS.
Keep the old key, offline, until the service shows personal data again; then destroy it.`;
}

function summary(result: KekRotationResult, legacyMoved: number): string {
  const legacy = legacyMoved > 0 ? `; ${legacyMoved} data keys from before epochs moved into one` : '';
  return `re-wrapped ${result.rewrapped} epoch keys from master key ${result.oldKeyId} to ${result.newKeyId}` +
    ` (${result.alreadyUnderNewKey} were under it already)${legacy}`;
}

/** `keys rotate`: re-wraps every epoch key under a new master key; 0 done, 1 some keys left under a third key, 2 usage. */
export async function keysRotate(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: RotateOptions;
  let newKey: Buffer;
  let oldKey: Buffer;
  const config: Configuration = loadConfiguration(env);
  try {
    options = parseRotateOptions(args);
    if (options.help) return say(process.stdout, KEYS_ROTATE_HELP, 0);
    newKey = newKeyOf(options);
    oldKey = oldKeyOf(KeyEncryptionKeys.configured(config, KeysFolder.open(config.keysDir)), newKey);
  } catch (error) {
    if (!(error instanceof UsageError || error instanceof ConfigurationError || error instanceof KeyConfigurationError)) throw error;
    return say(process.stderr, `${error.message}\n\n${KEYS_ROTATE_HELP}`, 2);
  }
  if (options.generate) {
    // Written before any data key is wrapped by it, and never over an existing file.
    try {
      writeFileSync(options.newKeyFile!, newKey.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      return say(process.stderr, `could not write a new key into ${options.newKeyFile}: ${(error as Error).message}`, 2);
    }
    process.stderr.write(`wrote a new master key into ${options.newKeyFile}; back it up\n`);
  }

  const database = await openDatabase({
    url: config.databaseUrl ?? undefined,
    dataDir: config.dataDir,
    poolSize: 2,
    migrations: API_MIGRATIONS,
  });
  let result: KekRotationResult;
  let legacyMoved: number;
  try {
    // Opening binds the folder to this database and moves any data key from before epochs into one.
    const keys = await openPersonalData(
      database.pool,
      { ...config, masterKey: newKey.toString('base64'), masterKeyPrevious: oldKey.toString('base64') },
      { warn: (message) => process.stderr.write(message + '\n'), ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}) },
    );
    legacyMoved = keys.legacy.moved;
    result = rotateKeyEncryptionKey(keys.folder, keys.epochKeys, keys.keks, (done, total) => process.stderr.write(progressLine(done, total) + '\n'));
    await keys.close();
  } catch (error) {
    if (!(error instanceof KeyConfigurationError)) throw error;
    return say(process.stderr, error.message, 2);
  } finally {
    await database.close();
  }
  process.stdout.write(summary(result, legacyMoved) + '\n');
  const others = Object.entries(result.underOtherKeys);
  if (others.length > 0) {
    const list = others.map(([id, n]) => `${n} under ${id}`).join(', ');
    return say(process.stderr, `left as they were, since neither key opens them: ${list}; rotate those with their own key`, 1);
  }
  return say(process.stderr, restartAdvice(config, options), 0);
}

function say(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text + '\n');
  return code;
}

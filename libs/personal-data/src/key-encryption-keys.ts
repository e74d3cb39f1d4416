import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { KeyConfigurationError } from './errors';
import type { KeysFolder } from './keys-folder';
import { masterKeyId } from './sealing';

/**
 * What the key-encryption key is read from: CASETRAIL_MASTER_KEY, or a key generated once into the keys
 * folder; `masterKeyPrevious` (CASETRAIL_MASTER_KEY_PREVIOUS) is the key being rotated away from.
 */
export interface KekSettings {
  readonly masterKey: string | null;
  readonly masterKeyPrevious?: string | null;
  /** Where an older version generated the key (`<dataDir>/master.key`): moved into the keys folder. */
  readonly dataDir: string;
}

export const GENERATED_KEK_FILE = 'master.key';

/** A key from its base64 text; `source` names where it came from when it is not 32 bytes. */
export function decodeMasterKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new KeyConfigurationError(`${source} must hold the base64 of exactly 32 bytes`);
  return key;
}

/**
 * The key-encryption key (KEK) that wraps every epoch key, and during a rotation the previous one. Which
 * of them opens an epoch key file is decided by the KEK id written in the file.
 */
export class KeyEncryptionKeys {
  readonly id: string;
  readonly previousId: string | null;

  constructor(
    readonly key: Buffer,
    readonly previous: Buffer | null = null,
  ) {
    this.id = masterKeyId(key);
    this.previousId = previous ? masterKeyId(previous) : null;
  }

  /** The KEK whose id is `kekId`, or null when this service was not given it. */
  byId(kekId: string): Buffer | null {
    if (kekId === this.id) return this.key;
    if (kekId === this.previousId) return this.previous;
    return null;
  }

  /** The configured or earlier generated KEK; generated (and the operator warned) when there is none. */
  static load(settings: KekSettings, folder: KeysFolder, warn: (message: string) => void): KeyEncryptionKeys {
    const configured = KeyEncryptionKeys.configured(settings, folder, warn);
    if (configured) return configured;
    if (settings.masterKeyPrevious) {
      throw new KeyConfigurationError('CASETRAIL_MASTER_KEY_PREVIOUS is set but there is no current master key');
    }
    const key = randomBytes(32);
    folder.create(GENERATED_KEK_FILE, key.toString('base64') + '\n');
    warn(`generated a master key in ${join(folder.path, GENERATED_KEK_FILE)}; keep a copy apart from the keys folder, or set CASETRAIL_MASTER_KEY`);
    return KeyEncryptionKeys.configured(settings, folder, warn)!;
  }

  /** The KEK set or generated earlier (with the previous one), or null: never generates one. */
  static configured(settings: KekSettings, folder: KeysFolder, warn: (message: string) => void = () => undefined): KeyEncryptionKeys | null {
    const previous = settings.masterKeyPrevious ? decodeMasterKey(settings.masterKeyPrevious, 'CASETRAIL_MASTER_KEY_PREVIOUS') : null;
    if (settings.masterKey) return new KeyEncryptionKeys(decodeMasterKey(settings.masterKey, 'CASETRAIL_MASTER_KEY'), previous);
    adoptGeneratedKeyOfDataFolder(settings.dataDir, folder, warn);
    const text = folder.read(GENERATED_KEK_FILE);
    if (text === null) return null;
    return new KeyEncryptionKeys(decodeMasterKey(text, join(folder.path, GENERATED_KEK_FILE)), previous);
  }
}

/** Earlier versions generated the key into the data folder, where every copy of the data carried it. */
function adoptGeneratedKeyOfDataFolder(dataDir: string, folder: KeysFolder, warn: (message: string) => void): void {
  const old = join(dataDir, GENERATED_KEK_FILE);
  if (folder.has(GENERATED_KEK_FILE) || !existsSync(old)) return;
  const text = readFileSync(old, 'utf8');
  decodeMasterKey(text, old);
  folder.create(GENERATED_KEK_FILE, text);
  unlinkSync(old);
  warn(`moved the generated master key from ${old} into ${folder.path}: the data folder holds no key any more`);
}

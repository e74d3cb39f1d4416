import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, type Configuration } from '../config/configuration';
import { masterKeyId } from '@casetrail/personal-data';

/**
 * What the master key is read from. `masterKeyPrevious` (CASETRAIL_MASTER_KEY_PREVIOUS) is the key being
 * rotated away from: it still opens the data keys that `keys rotate` has not re-wrapped yet.
 */
export type MasterKeySettings = Pick<Configuration, 'masterKey' | 'dataDir'> & {
  readonly masterKeyPrevious?: string | null;
};

/** A master key from its base64 text; `source` names where it came from when it is not 32 bytes. */
export function decodeMasterKey(text: string, source: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new ConfigurationError(`${source} must hold the base64 of exactly 32 bytes`);
  return key;
}

/**
 * The key that wraps every person's data key: from CASETRAIL_MASTER_KEY, or generated once in the data
 * folder; and, during a rotation, the previous one. Which of them opens a data key is decided by the
 * `master_key_id` stored beside it.
 */
@Injectable()
export class MasterKey {
  /** Stored as `master_key_id` beside every data key this key wraps. */
  readonly id: string;
  readonly previousId: string | null;

  constructor(
    readonly key: Buffer,
    readonly previous: Buffer | null = null,
  ) {
    this.id = masterKeyId(key);
    this.previousId = previous ? masterKeyId(previous) : null;
  }

  /** The master key whose id is `masterKeyId`, or null when this service was not given it. */
  byId(masterKeyId: string): Buffer | null {
    if (masterKeyId === this.id) return this.key;
    if (masterKeyId === this.previousId) return this.previous;
    return null;
  }

  static load(config: MasterKeySettings, warn: (message: string) => void): MasterKey {
    const configured = MasterKey.configured(config);
    if (configured) return configured;
    if (config.masterKeyPrevious) {
      throw new ConfigurationError('CASETRAIL_MASTER_KEY_PREVIOUS is set but there is no current master key');
    }
    mkdirSync(config.dataDir, { recursive: true });
    const file = join(config.dataDir, 'master.key');
    const key = randomBytes(32);
    writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
    warn(`generated a master key for personal data in ${file}; back it up, or set CASETRAIL_MASTER_KEY`);
    return new MasterKey(key);
  }

  /** The master key set or generated earlier (with the previous one), or null: never generates one. */
  static configured(config: MasterKeySettings): MasterKey | null {
    const previous = config.masterKeyPrevious
      ? decodeMasterKey(config.masterKeyPrevious, 'CASETRAIL_MASTER_KEY_PREVIOUS')
      : null;
    if (config.masterKey) return new MasterKey(decodeMasterKey(config.masterKey, 'CASETRAIL_MASTER_KEY'), previous);
    const file = join(config.dataDir, 'master.key');
    if (!existsSync(file)) return null;
    return new MasterKey(decodeMasterKey(readFileSync(file, 'utf8'), file), previous);
  }
}

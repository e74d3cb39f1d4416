import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from '../config/configuration';

/** The key that wraps every person's data key: from CASETRAIL_MASTER_KEY, or generated once in the data folder. */
@Injectable()
export class MasterKey {
  constructor(readonly key: Buffer) {}

  static load(config: Configuration, warn: (message: string) => void): MasterKey {
    if (config.masterKey) return new MasterKey(Buffer.from(config.masterKey, 'base64'));
    const file = join(config.dataDir, 'master.key');
    if (existsSync(file)) return new MasterKey(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
    mkdirSync(config.dataDir, { recursive: true });
    const key = randomBytes(32);
    writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
    warn(`generated a master key for personal data in ${file}; back it up, or set CASETRAIL_MASTER_KEY`);
    return new MasterKey(key);
  }
}

import { isAbsolute, resolve } from 'node:path';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * CASETRAIL_KEYS_DIR: where the epoch keys (and a generated key-encryption key) live. Default: beside the
 * data folder (`./data-keys` for `./data`), so that a copy of the data folder holds no key.
 */
export function keysDirectory(env: Environment, dataDir: string): string {
  const raw = env.CASETRAIL_KEYS_DIR;
  if (raw === undefined || raw === '') return `${dataDir.replace(/[/\\]+$/, '')}-keys`;
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}

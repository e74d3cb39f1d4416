import { KeyConfigurationError } from './errors';
import { open, seal } from './sealing';

export const EPOCH_FILE_PREFIX = 'epoch-';

/** The file of one epoch's key in the keys folder. */
export const epochFileName = (epochId: string) => `${EPOCH_FILE_PREFIX}${epochId}.key`;

/** An epoch key as stored: wrapped by the KEK named `kek`, bound to its keyring and epoch. */
export interface EpochKeyFile {
  readonly keyring: string;
  readonly epoch: string;
  /** Id of the key-encryption key that wraps it. */
  readonly kek: string;
  /** base64 of AES-256-GCM(iv || epoch key || tag). */
  readonly wrapped: string;
}

/** The file cannot be moved to another keyring or renamed to another epoch: both are bound in. */
const epochAad = (keyring: string, epoch: string) => `casetrail-epoch:${keyring}:${epoch}`;

export function wrapEpochKey(kek: Buffer, kekId: string, keyring: string, epoch: string, epochKey: Buffer): EpochKeyFile {
  return { keyring, epoch, kek: kekId, wrapped: seal(kek, epochKey, epochAad(keyring, epoch)) };
}

/** Opens an epoch key file with the KEK it names; throws when the KEK, the keyring or the epoch differ. */
export function unwrapEpochKey(kek: Buffer, file: EpochKeyFile): Buffer {
  return open(kek, file.wrapped, epochAad(file.keyring, file.epoch));
}

export function formatEpochKeyFile(file: EpochKeyFile): string {
  return JSON.stringify({ keyring: file.keyring, epoch: file.epoch, kek: file.kek, wrapped: file.wrapped }) + '\n';
}

export function parseEpochKeyFile(text: string, name: string): EpochKeyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeyConfigurationError(`the epoch key file ${name} is not JSON`);
  }
  const file = parsed as Partial<Record<keyof EpochKeyFile, unknown>>;
  for (const field of ['keyring', 'epoch', 'kek', 'wrapped'] as const) {
    if (typeof file[field] !== 'string') throw new KeyConfigurationError(`the epoch key file ${name} has no ${field}`);
  }
  return file as EpochKeyFile;
}

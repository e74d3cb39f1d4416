import { epochFileName, formatEpochKeyFile, unwrapEpochKey, wrapEpochKey } from './epoch-key-file';
import type { EpochKeys } from './epoch-keys';
import type { KeyEncryptionKeys } from './key-encryption-keys';
import type { KeysFolder } from './keys-folder';

export interface KekRotationResult {
  readonly oldKeyId: string;
  readonly newKeyId: string;
  /** Epoch key files re-wrapped by this run. */
  readonly rewrapped: number;
  /** Under the new key already: re-wrapped by an earlier, interrupted run, or written by the service since. */
  readonly alreadyUnderNewKey: number;
  /** Epoch key files under some third key, by its id: left as they are, since neither key opens them. */
  readonly underOtherKeys: Readonly<Record<string, number>>;
}

/**
 * Re-wraps every epoch key file from `keks.previous` under `keks.key`, one file at a time, each replaced in
 * one step: the epoch keys (and every data key and event under them) are unchanged. Run again after an
 * interruption, it finishes the rest.
 */
export function rotateKeyEncryptionKey(
  folder: KeysFolder,
  epochKeys: EpochKeys,
  keks: KeyEncryptionKeys,
  onProgress: (done: number, total: number) => void = () => undefined,
): KekRotationResult {
  if (!keks.previous || keks.previousId === keks.id) throw new Error('the new master key is the old one');
  const files = epochKeys.files();
  const toRewrap = files.filter((file) => file.kek === keks.previousId);
  let rewrapped = 0;
  for (const file of toRewrap) {
    let epochKey: Buffer;
    try {
      epochKey = unwrapEpochKey(keks.previous, file);
    } catch {
      throw new Error(`${epochFileName(file.epoch)} does not open with the old master key; it was left as it is`);
    }
    try {
      folder.replace(epochFileName(file.epoch), formatEpochKeyFile(wrapEpochKey(keks.key, keks.id, file.keyring, file.epoch, epochKey)));
    } finally {
      epochKey.fill(0);
    }
    onProgress(++rewrapped, toRewrap.length);
  }
  const underOtherKeys: Record<string, number> = {};
  for (const file of files) {
    if (file.kek !== keks.id && file.kek !== keks.previousId) underOtherKeys[file.kek] = (underOtherKeys[file.kek] ?? 0) + 1;
  }
  return {
    oldKeyId: keks.previousId!,
    newKeyId: keks.id,
    rewrapped,
    alreadyUnderNewKey: files.filter((file) => file.kek === keks.id).length,
    underOtherKeys,
  };
}

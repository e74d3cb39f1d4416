import { randomBytes } from 'node:crypto';
import { epochFileName, EPOCH_FILE_PREFIX, formatEpochKeyFile, parseEpochKeyFile, unwrapEpochKey, wrapEpochKey, type EpochKeyFile } from './epoch-key-file';
import type { KeyEncryptionKeys } from './key-encryption-keys';
import type { KeysFolder } from './keys-folder';

export type EpochKeyLookup =
  | { readonly found: true; readonly key: Buffer }
  | { readonly found: false; readonly reason: 'epoch key destroyed' | 'key-encryption key not given'; readonly kekId: string | null };

/**
 * The epoch keys of one keyring: a file each in the keys folder, wrapped by the KEK, opened on first use
 * and kept in memory only while their file exists (a file destroyed by another process evicts it here).
 */
export class EpochKeys {
  private readonly opened = new Map<string, Buffer>();

  constructor(
    private readonly folder: KeysFolder,
    readonly keyring: string,
    private readonly keks: KeyEncryptionKeys,
  ) {}

  get(epochId: string): EpochKeyLookup {
    const cached = this.opened.get(epochId);
    if (cached && this.folder.has(epochFileName(epochId))) return { found: true, key: cached };
    const text = this.folder.read(epochFileName(epochId));
    if (text === null) {
      this.evict(epochId);
      return { found: false, reason: 'epoch key destroyed', kekId: null };
    }
    const file = parseEpochKeyFile(text, epochFileName(epochId));
    const kek = this.keks.byId(file.kek);
    if (!kek) return { found: false, reason: 'key-encryption key not given', kekId: file.kek };
    const key = unwrapEpochKey(kek, this.checked(file, epochId));
    this.opened.set(epochId, key);
    return { found: true, key };
  }

  /** A new epoch: its key generated and written (durably) under the current KEK before anything uses it. */
  create(): string {
    const epochId = `ep_${randomBytes(8).toString('hex')}`;
    const key = randomBytes(32);
    const file = wrapEpochKey(this.keks.key, this.keks.id, this.keyring, epochId, key);
    if (!this.folder.create(epochFileName(epochId), formatEpochKeyFile(file))) throw new Error(`epoch ${epochId} exists already`);
    this.opened.set(epochId, key);
    return epochId;
  }

  /** Destroys the epoch's key: its file overwritten, deleted and the deletion synced; forgotten here. */
  destroy(epochId: string): void {
    this.folder.destroy(epochFileName(epochId));
    this.evict(epochId);
  }

  /** Every epoch key file of the folder, as stored. */
  files(): EpochKeyFile[] {
    return this.folder.list(EPOCH_FILE_PREFIX).flatMap((name) => {
      const text = this.folder.read(name);
      return text === null ? [] : [parseEpochKeyFile(text, name)];
    });
  }

  private checked(file: EpochKeyFile, epochId: string): EpochKeyFile {
    if (file.epoch !== epochId || file.keyring !== this.keyring) {
      throw new Error(`${epochFileName(epochId)} names epoch ${file.epoch} of keyring ${file.keyring}: it was not written here`);
    }
    return file;
  }

  private evict(epochId: string): void {
    this.opened.get(epochId)?.fill(0);
    this.opened.delete(epochId);
  }
}

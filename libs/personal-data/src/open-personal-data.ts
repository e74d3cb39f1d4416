import { relative } from 'node:path';
import type { Pool } from 'pg';
import { EpochKeys } from './epoch-keys';
import { EpochTurnover, type TurnoverResult } from './epoch-turnover';
import { erasureHold, type ErasureHold } from './erasure-hold';
import { masterKeyCoverage, type CoverageNotice } from './kek-coverage';
import { KeyEncryptionKeys, type KekSettings } from './key-encryption-keys';
import { bindKeysFolder } from './keyring-binding';
import { KeysFolder } from './keys-folder';
import { convertLegacyDataKeys, type LegacyConversion } from './legacy-data-keys';
import { PersonalDataVault } from './personal-data-vault';
import { TurnoverRunner } from './turnover-runner';

export interface PersonalDataSettings extends KekSettings {
  /** CASETRAIL_KEYS_DIR (see `keysDirectory`). */
  readonly keysDir: string;
}

export interface PersonalDataOptions {
  readonly warn?: (message: string) => void;
  /** A failed turnover: logged by the caller; it is tried again after `retryMs`. */
  readonly onTurnoverError?: (error: unknown) => void;
  readonly retryMs?: number;
  /** The longest an erasure waits for its turnover before answering with `keysRetiredBy` instead. */
  readonly erasureWaitMs?: number;
  /** What an erasure's answer promises: the old epoch destroyed within this long while the service runs. */
  readonly retirementBoundMs?: number;
  readonly batchSize?: number;
}

/** The personal-data keys of one database, opened: the vault, and the turnover that makes erasure hold. */
export interface PersonalData {
  readonly vault: PersonalDataVault;
  readonly keyringId: string;
  readonly keks: KeyEncryptionKeys;
  readonly epochKeys: EpochKeys;
  readonly folder: KeysFolder;
  /** Data keys of the time before epochs, moved into one at this start. */
  readonly legacy: LegacyConversion;
  /** Runs a turnover now (one started after this call), e.g. after a crash or at start. */
  turnOver(): Promise<TurnoverResult>;
  /** After an erasure committed: its turnover, waited for up to `erasureWaitMs`; what the answer states. */
  afterErasure(subjectRef: string): Promise<ErasureHold | null>;
  coverage(): CoverageNotice[];
  close(): Promise<void>;
}

export const KEY_RETIREMENT_BOUND_MS = 5 * 60_000;

/**
 * Opens the keys folder (private, bound to this database), the KEK (generated into the folder when none is
 * configured), the active epoch (created on first use), and moves data keys of the time before epochs in.
 */
export async function openPersonalData(pool: Pool, settings: PersonalDataSettings, options: PersonalDataOptions = {}): Promise<PersonalData> {
  const warn = options.warn ?? (() => undefined);
  const inside = relative(settings.dataDir, settings.keysDir);
  if (!inside.startsWith('..') && !inside.startsWith('/')) {
    warn(`CASETRAIL_KEYS_DIR ${settings.keysDir} is inside the data folder: a copy of the data then carries the keys that open it`);
  }
  const folder = KeysFolder.open(settings.keysDir);
  const keyringId = await bindKeysFolder(pool, folder);
  const keks = KeyEncryptionKeys.load(settings, folder, warn);
  const epochKeys = new EpochKeys(folder, keyringId, keks);
  const turnover = new EpochTurnover(pool, epochKeys, options.batchSize);
  await turnover.ensureActiveEpoch();
  const legacy = await convertLegacyDataKeys(pool, keks, epochKeys, options.batchSize);
  const runner = new TurnoverRunner(() => turnover.run(), { retryMs: options.retryMs, onError: options.onTurnoverError });
  const bound = options.retirementBoundMs ?? KEY_RETIREMENT_BOUND_MS;
  return {
    vault: new PersonalDataVault(pool, epochKeys, keks),
    keyringId, keks, epochKeys, folder, legacy,
    turnOver: () => runner.request(),
    async afterErasure(subjectRef) {
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise((resolve) => (timer = setTimeout(resolve, options.erasureWaitMs ?? 10_000)));
      // A failed run is logged by onTurnoverError and tried again by the runner; the answer then says by when.
      await Promise.race([runner.request().catch(() => undefined), waited]);
      clearTimeout(timer);
      return erasureHold(pool, subjectRef, bound);
    },
    coverage: () => masterKeyCoverage(epochKeys.files(), keks),
    close: () => runner.stop(),
  };
}

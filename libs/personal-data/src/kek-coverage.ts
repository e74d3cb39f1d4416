import type { EpochKeyFile } from './epoch-key-file';
import type { KeyEncryptionKeys } from './key-encryption-keys';

export interface CoverageNotice {
  readonly level: 'log' | 'warn' | 'error';
  readonly msg: string;
  readonly masterKeyId: string;
  readonly epochKeys: number;
}

/** What the operator must know of the epoch key files, counted by the master key (KEK) that wraps them. */
export function masterKeyCoverage(files: readonly Pick<EpochKeyFile, 'kek'>[], keks: KeyEncryptionKeys): CoverageNotice[] {
  const counts = new Map<string, number>();
  for (const { kek } of files) counts.set(kek, (counts.get(kek) ?? 0) + 1);
  const notices: CoverageNotice[] = [];
  for (const [masterKeyId, epochKeys] of counts) {
    if (masterKeyId === keks.id) continue;
    notices.push(
      masterKeyId === keks.previousId
        ? { level: 'warn', msg: 'epoch keys still wrapped by the previous master key: finish `keys rotate`', masterKeyId, epochKeys }
        : { level: 'error', msg: 'epoch keys wrapped by a master key this service was not given: their personal data cannot be read', masterKeyId, epochKeys },
    );
  }
  if (keks.previousId !== null && keks.previousId !== keks.id && !counts.has(keks.previousId)) {
    notices.push({ level: 'log', msg: 'the previous master key opens nothing any more: unset CASETRAIL_MASTER_KEY_PREVIOUS', masterKeyId: keks.previousId, epochKeys: 0 });
  }
  return notices;
}

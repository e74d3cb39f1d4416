import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import { DATABASE } from '../config/tokens';
import { MasterKey } from './master-key';

export interface CoverageNotice {
  readonly level: 'log' | 'warn' | 'error';
  readonly msg: string;
  readonly masterKeyId: string;
  readonly dataKeys: number;
}

/** What the operator must know of the wrapped data keys, counted by the master key that wraps them. */
export function masterKeyCoverage(
  counts: readonly { masterKeyId: string; dataKeys: number }[],
  masterKey: MasterKey,
): CoverageNotice[] {
  const notices: CoverageNotice[] = [];
  for (const { masterKeyId, dataKeys } of counts) {
    if (masterKeyId === masterKey.id) continue;
    notices.push(
      masterKeyId === masterKey.previousId
        ? { level: 'warn', msg: 'data keys still wrapped by the previous master key: finish `keys rotate`', masterKeyId, dataKeys }
        : { level: 'error', msg: 'data keys wrapped by a master key this service was not given: their personal data cannot be read', masterKeyId, dataKeys },
    );
  }
  const previousId = masterKey.previousId;
  if (previousId !== null && previousId !== masterKey.id && !counts.some((c) => c.masterKeyId === previousId)) {
    notices.push({ level: 'log', msg: 'the previous master key opens nothing any more: unset CASETRAIL_MASTER_KEY_PREVIOUS', masterKeyId: previousId, dataKeys: 0 });
  }
  return notices;
}

/** At start, says whether a rotation is unfinished or a master key is missing, before any read fails. */
@Injectable()
export class MasterKeyCoverage implements OnApplicationBootstrap {
  private readonly logger = new Logger('PersonalData');

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly masterKey: MasterKey,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { rows } = await this.database.pool.query<{ masterKeyId: string; dataKeys: number }>(
      `SELECT master_key_id AS "masterKeyId", count(*)::int AS "dataKeys"
       FROM subject_keys WHERE wrapped_key IS NOT NULL GROUP BY master_key_id`,
    );
    for (const { level, ...notice } of masterKeyCoverage(rows, this.masterKey)) this.logger[level](notice);
  }
}

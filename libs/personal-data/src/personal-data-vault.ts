import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { SealedPersonalData } from '@casetrail/domain';
import { lockActiveEpoch, type Queryable } from './active-epoch';
import { unwrapDataKey } from './data-key-wrapping';
import type { EpochKeys, EpochKeyLookup } from './epoch-keys';
import { DataKeyUnavailableError } from './errors';
import type { KeyEncryptionKeys } from './key-encryption-keys';
import { PendingSubjectKey } from './pending-subject-key';
import { open, seal } from './sealing';

export type PersonalFields = Readonly<Record<string, string>>;

interface KeyRow {
  readonly wrapped_key: Buffer | null;
  readonly epoch_id: string | null;
  readonly master_key_id: string | null;
}

/**
 * Personal data is encrypted per person (a data key each, wrapped by the key of an epoch) and bound to the
 * event and field it belongs to. Destroying a person's data key, and then the epoch that wrapped it, erases
 * them from every copy of the log and of the database.
 */
export class PersonalDataVault {
  constructor(
    private readonly pool: Pool,
    private readonly epochKeys: EpochKeys,
    private readonly keks: KeyEncryptionKeys,
  ) {}

  newSubjectRef(): string {
    return 'subj_' + randomUUID();
  }

  /** Encrypts a new person's fields for `eventId` under a fresh data key, to be stored with `storeKey`. */
  sealForNewSubject(subjectRef: string, eventId: string, fields: PersonalFields): { sealed: SealedPersonalData; pendingKey: PendingSubjectKey } {
    const dataKey = randomBytes(32);
    const sealed: Record<string, string> = {};
    for (const [field, value] of Object.entries(fields)) {
      sealed[field] = seal(dataKey, Buffer.from(value, 'utf8'), `${eventId}:${field}`);
    }
    const pendingKey = new PendingSubjectKey(subjectRef, dataKey);
    dataKey.fill(0);
    return { sealed, pendingKey };
  }

  /** In the command's transaction: the data key, wrapped under the active epoch (held until commit). */
  async storeKey(client: Queryable, key: PendingSubjectKey, caseId: string): Promise<void> {
    const epochId = await lockActiveEpoch(client);
    const epochKey = this.epochKeys.get(epochId);
    if (!epochKey.found) throw new DataKeyUnavailableError(key.subjectRef, epochId, epochKey.reason, epochKey.kekId);
    try {
      await client.query('INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, epoch_id) VALUES ($1, $2, $3, $4)', [
        key.subjectRef, caseId, key.wrapUnder(epochKey.key), epochId,
      ]);
    } finally {
      key.forget();
    }
  }

  /** Erasure: the person's data key goes; the epoch it was under is retired by the next turnover. */
  async destroyKey(client: Queryable, subjectRef: string): Promise<void> {
    await client.query('UPDATE subject_keys SET wrapped_key = NULL, erased_at = now() WHERE subject_ref = $1', [subjectRef]);
  }

  /** The case a person appears in, and whether their data is already erased. */
  async findSubject(subjectRef: string): Promise<{ caseId: string; erased: boolean } | null> {
    const { rows } = await this.pool.query<{ case_id: string; erased: boolean }>(
      'SELECT case_id, wrapped_key IS NULL AS erased FROM subject_keys WHERE subject_ref = $1',
      [subjectRef],
    );
    return rows[0] ? { caseId: rows[0].case_id, erased: rows[0].erased } : null;
  }

  /** The plaintext fields; null when the person was erased; DataKeyUnavailableError when their key cannot be opened. */
  async open(subjectRef: string, eventId: string, sealed: SealedPersonalData): Promise<PersonalFields | null> {
    const dataKey = await this.dataKey(subjectRef);
    if (!dataKey) return null;
    try {
      const fields: Record<string, string> = {};
      for (const [field, value] of Object.entries(sealed)) {
        fields[field] = open(dataKey, value, `${eventId}:${field}`).toString('utf8');
      }
      return fields;
    } finally {
      dataKey.fill(0);
    }
  }

  private async dataKey(subjectRef: string, again = true): Promise<Buffer | null> {
    const { rows } = await this.pool.query<KeyRow>('SELECT wrapped_key, epoch_id, master_key_id FROM subject_keys WHERE subject_ref = $1', [subjectRef]);
    const row = rows[0];
    if (!row?.wrapped_key) return null;
    const wrapping = this.wrappingKey(row);
    if (wrapping.found) return unwrapDataKey(wrapping.key, row.wrapped_key, subjectRef);
    // A turnover may have moved the key into a new epoch between the read and the file: read it again once.
    if (again && wrapping.reason === 'epoch key destroyed') return this.dataKey(subjectRef, false);
    throw new DataKeyUnavailableError(subjectRef, row.epoch_id, wrapping.reason, wrapping.kekId);
  }

  private wrappingKey(row: KeyRow): EpochKeyLookup {
    if (row.epoch_id !== null) return this.epochKeys.get(row.epoch_id);
    // Written before epochs: wrapped by the master key itself until the start-up moves it.
    const kek = this.keks.byId(row.master_key_id ?? '');
    return kek ? { found: true, key: kek } : { found: false, reason: 'key-encryption key not given', kekId: row.master_key_id };
  }
}

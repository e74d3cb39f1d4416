import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Database } from '@casetrail/database';
import type { SealedPersonalData } from '@casetrail/domain';
import { DATABASE } from '../config/tokens';
import { ApiError } from '../http/api-error';
import { unwrapDataKey, wrapDataKey } from '@casetrail/personal-data';
import { MasterKey } from './master-key';
import { open, seal } from '@casetrail/personal-data';

export type PersonalFields = Readonly<Record<string, string>>;

/** A data key made for a new person, to be stored in the same transaction as their first event. */
export interface PendingSubjectKey {
  readonly subjectRef: string;
  readonly wrappedKey: Buffer;
  readonly masterKeyId: string;
}

/**
 * Personal data is encrypted per person (a data key each, wrapped by the master key) and bound to the
 * event and field it belongs to. Destroying a person's data key erases them from every copy of the log.
 */
@Injectable()
export class PersonalDataVault {
  private readonly logger = new Logger('PersonalData');

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly masterKey: MasterKey,
  ) {}

  newSubjectRef(): string {
    return 'subj_' + randomUUID();
  }

  /** Encrypts a new person's fields for `eventId` under a fresh data key. */
  sealForNewSubject(subjectRef: string, eventId: string, fields: PersonalFields): {
    sealed: SealedPersonalData;
    pendingKey: PendingSubjectKey;
  } {
    const dataKey = randomBytes(32);
    const sealed: Record<string, string> = {};
    for (const [field, value] of Object.entries(fields)) {
      sealed[field] = seal(dataKey, Buffer.from(value, 'utf8'), `${eventId}:${field}`);
    }
    const wrappedKey = wrapDataKey(this.masterKey.key, dataKey, subjectRef);
    dataKey.fill(0);
    return { sealed, pendingKey: { subjectRef, wrappedKey, masterKeyId: this.masterKey.id } };
  }

  async storeKey(client: PoolClient, key: PendingSubjectKey, caseId: string): Promise<void> {
    await client.query(
      'INSERT INTO subject_keys (subject_ref, case_id, wrapped_key, master_key_id) VALUES ($1, $2, $3, $4)',
      [key.subjectRef, caseId, key.wrappedKey, key.masterKeyId],
    );
  }

  /** Erasure: without its key, every copy of the person's sealed data is noise. */
  async destroyKey(client: PoolClient, subjectRef: string): Promise<void> {
    await client.query(
      'UPDATE subject_keys SET wrapped_key = NULL, erased_at = now() WHERE subject_ref = $1',
      [subjectRef],
    );
  }

  /** The case a person appears in, and whether their data is already erased. */
  async findSubject(subjectRef: string): Promise<{ caseId: string; erased: boolean } | null> {
    const { rows } = await this.database.pool.query<{ case_id: string; erased: boolean }>(
      'SELECT case_id, wrapped_key IS NULL AS erased FROM subject_keys WHERE subject_ref = $1',
      [subjectRef],
    );
    return rows[0] ? { caseId: rows[0].case_id, erased: rows[0].erased } : null;
  }

  /** The plaintext fields, or null when the person's data was erased (their key destroyed). */
  async open(subjectRef: string, eventId: string, sealed: SealedPersonalData): Promise<PersonalFields | null> {
    const { rows } = await this.database.pool.query<{ wrapped_key: Buffer | null; master_key_id: string }>(
      'SELECT wrapped_key, master_key_id FROM subject_keys WHERE subject_ref = $1',
      [subjectRef],
    );
    const wrapped = rows[0]?.wrapped_key;
    if (!wrapped) return null;
    const dataKey = unwrapDataKey(this.wrappingKey(rows[0]!.master_key_id), wrapped, subjectRef);
    const fields: Record<string, string> = {};
    for (const [field, value] of Object.entries(sealed)) {
      fields[field] = open(dataKey, value, `${eventId}:${field}`).toString('utf8');
    }
    dataKey.fill(0);
    return fields;
  }

  /** During a rotation a data key may still be wrapped by the previous master key: its stored id says which. */
  private wrappingKey(masterKeyId: string): Buffer {
    const key = this.masterKey.byId(masterKeyId);
    if (key) return key;
    this.logger.error({ msg: 'a data key is wrapped by a master key this service was not given', masterKeyId });
    throw new ApiError(
      500,
      'MASTER_KEY_UNAVAILABLE',
      "this person's data key is wrapped by a master key the service was not started with; nothing was shown",
    );
  }
}

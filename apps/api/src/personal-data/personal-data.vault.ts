import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SealedPersonalData } from '@casetrail/domain';
import { DataKeyUnavailableError, type PendingSubjectKey, type PersonalData, type PersonalFields } from '@casetrail/personal-data';
import { ApiError } from '../http/api-error';
import { PERSONAL_DATA } from './personal-data.token';

export type { PendingSubjectKey, PersonalFields };
type Queryable = Parameters<PersonalData['vault']['storeKey']>[0];

/** The library's vault for the app: the same methods, with a key that cannot be opened answered as a 500. */
@Injectable()
export class PersonalDataVault {
  private readonly logger = new Logger('PersonalData');

  constructor(@Inject(PERSONAL_DATA) private readonly personalData: PersonalData) {}

  newSubjectRef(): string {
    return this.personalData.vault.newSubjectRef();
  }

  sealForNewSubject(subjectRef: string, eventId: string, fields: PersonalFields) {
    return this.personalData.vault.sealForNewSubject(subjectRef, eventId, fields);
  }

  storeKey(client: Queryable, key: PendingSubjectKey, caseId: string): Promise<void> {
    return this.personalData.vault.storeKey(client, key, caseId).catch((error: unknown) => this.refuse(error));
  }

  destroyKey(client: Queryable, subjectRef: string): Promise<void> {
    return this.personalData.vault.destroyKey(client, subjectRef);
  }

  findSubject(subjectRef: string): Promise<{ caseId: string; erased: boolean } | null> {
    return this.personalData.vault.findSubject(subjectRef);
  }

  open(subjectRef: string, eventId: string, sealed: SealedPersonalData): Promise<PersonalFields | null> {
    return this.personalData.vault.open(subjectRef, eventId, sealed).catch((error: unknown) => this.refuse(error));
  }

  private refuse(error: unknown): never {
    if (!(error instanceof DataKeyUnavailableError)) throw error;
    const { epochId, kekId, reason } = error;
    this.logger.error({ msg: 'a data key is wrapped by a key this service cannot open', reason, epochId, masterKeyId: kekId });
    throw new ApiError(500, 'MASTER_KEY_UNAVAILABLE', "this person's data key cannot be opened by this service; nothing was shown");
  }
}

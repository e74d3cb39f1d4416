import type { CaseCommandIntent, SealedPersonalData } from '@casetrail/domain';
import type { PersonalDataVault } from '../../../personal-data/personal-data.vault';
import type { CaseCaller } from '../../case-caller';
import type { PersonalDetails } from '../command-data';
import type { CaseCommandRequest, PreparedCommand } from './case-command-request';
import type { WriteBeside } from './writes-beside';

/** A new person's details sealed for the event that introduces them, and the key stored with that event. */
export interface SealedSubject {
  readonly subjectRef: string;
  readonly sealed: SealedPersonalData;
  readonly storeKey: WriteBeside;
}

/** What the event introducing a person carries of them: their reference and sealed details, or nulls. */
export type SealedFields = { readonly subjectRef: string | null; readonly personal: SealedPersonalData | null };

/**
 * Seals the given fields (empty ones left out) under a fresh data key bound to `eventId`; null when
 * nothing was given. The key is stored before the event that needs it.
 */
export function sealNewSubject(
  vault: PersonalDataVault,
  caseId: string,
  eventId: string,
  personal: PersonalDetails | null,
): SealedSubject | null {
  const given = Object.entries(personal ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  if (given.length === 0) return null;
  const subjectRef = vault.newSubjectRef();
  const { sealed, pendingKey } = vault.sealForNewSubject(subjectRef, eventId, Object.fromEntries(given));
  return { subjectRef, sealed, storeKey: { when: 'before', write: (client) => vault.storeKey(client, pendingKey, caseId) } };
}

/**
 * The request of a command that introduces a person (a victim, a suspect): on each attempt their details
 * are sealed for the command's first event, the key goes with it, and the answer names their subjectRef.
 */
export function introducingPerson(
  vault: PersonalDataVault,
  caseId: string,
  caller: CaseCaller,
  personal: PersonalDetails | null,
  intentOf: (person: SealedFields) => CaseCommandIntent,
  answer: PreparedCommand['answer'],
): CaseCommandRequest {
  return {
    caseId,
    caller,
    prepare: ({ firstEventId }) => {
      const subject = sealNewSubject(vault, caseId, firstEventId, personal);
      return {
        intent: intentOf({ subjectRef: subject?.subjectRef ?? null, personal: subject?.sealed ?? null }),
        writes: subject ? [subject.storeKey] : [],
        answer: { ...answer, ...(subject ? { subjectRef: subject.subjectRef } : {}) },
      };
    },
  };
}

import type { SealedPersonalData } from '@casetrail/domain';
import type { PersonalDataVault } from '../../../personal-data/personal-data.vault';
import type { WriteBeside } from './writes-beside';

/** A new person's details sealed for the event that introduces them, and the key stored with that event. */
export interface SealedSubject {
  readonly subjectRef: string;
  readonly sealed: SealedPersonalData;
  readonly storeKey: WriteBeside;
}

/**
 * Seals the given fields (empty ones left out) under a fresh data key bound to `eventId`; null when
 * nothing was given. The key is stored before the event that needs it.
 */
export function sealNewSubject(
  vault: PersonalDataVault,
  caseId: string,
  eventId: string,
  personal: Readonly<Record<string, string | undefined>> | null,
): SealedSubject | null {
  const given = Object.entries(personal ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  if (given.length === 0) return null;
  const subjectRef = vault.newSubjectRef();
  const { sealed, pendingKey } = vault.sealForNewSubject(subjectRef, eventId, Object.fromEntries(given));
  return { subjectRef, sealed, storeKey: { when: 'before', write: (client) => vault.storeKey(client, pendingKey, caseId) } };
}

import type { EvidenceAttachedData, PersonalDataErasedData } from '../events';
import type { ExistingCase } from '../state';
import { withEntry } from './records';

export function evidenceAttached(state: ExistingCase, data: EvidenceAttachedData): ExistingCase {
  return {
    ...state,
    evidence: withEntry(state.evidence, data.evidenceRef, {
      sha256: data.sha256,
      description: data.description,
      attachedAt: data.occurredAt,
    }),
  };
}

export function personalDataErased(state: ExistingCase, data: PersonalDataErasedData): ExistingCase {
  return { ...state, erasedSubjects: withEntry(state.erasedSubjects, data.subjectRef, data.occurredAt) };
}

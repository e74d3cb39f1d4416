import type { AttachEvidence, CorrectEvent, ErasePersonalData } from '../commands';
import type { EventCorrected, EvidenceAttached, PersonalDataErased } from '../events';
import { refuse } from '../refusals';
import type { CaseState } from '../state';

/** The correction occurs now; its `correctedType` is read from the target in the case's history. */
export function correctEvent({ data: d, metadata }: CorrectEvent, state: CaseState): EventCorrected {
  if (state.status === 'not_referred') return refuse('CASE_NOT_FOUND', 'no case was referred on this stream');
  const target =
    state.history.find((stored) => stored.eventId === d.eventId) ??
    refuse('CORRECTION_TARGET_NOT_FOUND', `no event ${d.eventId} in this case`);
  return {
    type: 'EventCorrected',
    data: {
      correctedEventId: d.eventId,
      correctedType: target.event.type,
      changes: d.changes,
      reason: d.reason,
      occurredAt: metadata.now,
    },
  };
}

/** Hashes are kept in lowercase so the same document always reads the same. */
export const attachEvidence = ({ data: d }: AttachEvidence): EvidenceAttached => ({
  type: 'EvidenceAttached',
  data: {
    evidenceRef: d.evidenceRef,
    sha256: typeof d.sha256 === 'string' ? d.sha256.toLowerCase() : d.sha256,
    description: d.description,
    occurredAt: d.occurredAt,
    mediaType: d.mediaType ?? null,
    custodian: d.custodian ?? null,
  },
});

/** Erasure occurs now. */
export const erasePersonalData = ({ data: d, metadata }: ErasePersonalData): PersonalDataErased => ({
  type: 'PersonalDataErased',
  data: { subjectRef: d.subjectRef, reason: d.reason, occurredAt: metadata.now },
});

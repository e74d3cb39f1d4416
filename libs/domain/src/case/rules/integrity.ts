import type { EventCorrectedData, EvidenceAttachedData, PersonalDataErasedData } from '../events';
import { effectiveEvents, isCorrectable } from '../corrections';
import { fieldsOf } from '../event-fields';
import { refuse } from '../refusals';
import { entryOf, type ExistingCase } from '../state';

/** The correction aims at a correctable event of this case and changes correctable fields. */
export function admitEventCorrected(state: ExistingCase, data: EventCorrectedData): void {
  const target =
    effectiveEvents(state.history).find((e) => e.eventId === data.correctedEventId) ??
    refuse('CORRECTION_TARGET_NOT_FOUND', `no event ${data.correctedEventId} in this case`);
  if (!isCorrectable(target.event)) {
    refuse('CORRECTION_NOT_ALLOWED', `a ${target.event.type} cannot be corrected`);
  }
  if (target.event.type !== data.correctedType) {
    const mismatch = `event ${data.correctedEventId} is a ${target.event.type}, not a ${data.correctedType}`;
    refuse('CORRECTION_NOT_ALLOWED', mismatch);
  }
  const fields = fieldsOf(target.event.type);
  const current: Readonly<Record<string, unknown>> = target.event.data;
  const changed = Object.keys(data.changes);
  if (changed.length === 0) refuse('CORRECTION_EMPTY', 'the correction names no field');
  for (const field of changed) {
    const spec = entryOf(fields, field);
    if (spec === undefined) refuse('CORRECTION_UNKNOWN_FIELD', `a ${target.event.type} has no field ${field}`);
    if (!spec.correctable) refuse('CORRECTION_NOT_ALLOWED', `${field} identifies and cannot be corrected`);
  }
  if (changed.every((field) => Object.is(current[field], data.changes[field]))) {
    refuse('CORRECTION_EMPTY', 'every field already has the value given');
  }
}

export function admitEvidenceAttached(state: ExistingCase, data: EvidenceAttachedData): void {
  if (entryOf(state.evidence, data.evidenceRef) !== undefined) {
    refuse('EVIDENCE_ALREADY_ATTACHED', `evidence ${data.evidenceRef} was already attached`);
  }
}

export function admitPersonalDataErased(state: ExistingCase, data: PersonalDataErasedData): void {
  const people = [...Object.values(state.victims), ...Object.values(state.accused)];
  if (!people.some((p) => p.subjectRef === data.subjectRef)) {
    refuse('SUBJECT_NOT_FOUND', `no one in this case has subjectRef ${data.subjectRef}`);
  }
  const erasedAt = entryOf(state.erasedSubjects, data.subjectRef);
  if (erasedAt !== undefined) refuse('SUBJECT_ALREADY_ERASED', `${data.subjectRef} was erased at ${erasedAt}`);
}

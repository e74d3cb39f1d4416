import type { DomainEvent } from './event';
import type { CaseEventType } from './index';

/**
 * A correction of an earlier event of the same case, which itself stays as it was recorded.
 * `changes` holds the corrected fields with their new values.
 */
export type EventCorrectedData = Readonly<{
  correctedEventId: string;
  correctedType: CaseEventType;
  changes: Readonly<Record<string, unknown>>;
  reason: string;
  occurredAt: string;
}>;

/** A document's SHA-256 (lowercase hex), never the document itself. */
export type EvidenceAttachedData = Readonly<{
  evidenceRef: string;
  sha256: string;
  description: string;
  occurredAt: string;
  /** The document's media type (`application/pdf`), when given. Absent from schema 1. */
  mediaType: string | null;
  /** Who holds the document. Absent from schema 1. */
  custodian: string | null;
}>;

/** A person's personal data was erased (its key destroyed); carries no personal data itself. */
export type PersonalDataErasedData = Readonly<{ subjectRef: string; reason: string; occurredAt: string }>;

export type EventCorrected = DomainEvent<'EventCorrected', EventCorrectedData>;
export type EvidenceAttached = DomainEvent<'EvidenceAttached', EvidenceAttachedData>;
export type PersonalDataErased = DomainEvent<'PersonalDataErased', PersonalDataErasedData>;

export type IntegrityEvent = EventCorrected | EvidenceAttached | PersonalDataErased;

import type { DomainCommand } from './command';

/** Corrects fields of an earlier event; the correction occurs at `metadata.now`. */
export type CorrectEvent = DomainCommand<
  'CorrectEvent',
  Readonly<{ eventId: string; reason: string; changes: Readonly<Record<string, unknown>> }>
>;

export type AttachEvidence = DomainCommand<
  'AttachEvidence',
  Readonly<{
    evidenceRef: string;
    occurredAt: string;
    sha256: string;
    description: string;
    mediaType?: string | null;
    custodian?: string | null;
  }>
>;

/** Erases a person's personal data; it occurs at `metadata.now`. */
export type ErasePersonalData = DomainCommand<
  'ErasePersonalData',
  Readonly<{ subjectRef: string; reason: string }>
>;

export type IntegrityCommand = CorrectEvent | AttachEvidence | ErasePersonalData;

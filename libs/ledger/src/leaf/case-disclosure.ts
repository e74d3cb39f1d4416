import type { CaseEvent, CaseEventType } from '@casetrail/domain';

/**
 * What a leaf's public part shows of one field of a case event:
 * - `public`: the value as stored;
 * - `private`: nothing (free text, names, a person's attributes or sealed data, what no figure needs);
 * - `envelope`: the value is already in the public part's envelope (`caseId`, `occurredAt`, normalised);
 * - `public-changes`: a correction's changes, each shown as the corrected event's table shows that field.
 */
export type FieldDisclosure = 'public' | 'private' | 'envelope' | 'public-changes';

/** A leaf that discloses only that it exists: no type, no case, no time. */
export const HIDDEN = 'hidden';

/** Per event type: HIDDEN, or what each field of its data discloses (the mapped type keeps it exhaustive). */
export type CaseEventDisclosure = {
  readonly [E in CaseEvent as E['type']]: typeof HIDDEN | { readonly [K in keyof E['data']]-?: FieldDisclosure };
};

const suspectRef = 'public';
const occurredAt = 'envelope';

/**
 * The public table of the leaf format: only what the government-action report, the red flags, the
 * caseload and the DPP backlog count, and the refs that tie one accused's, summons' or appeal's events
 * together. Victim events, and the erasure of anyone's personal data, disclose nothing but that they exist.
 */
export const CASE_EVENT_DISCLOSURE: CaseEventDisclosure = {
  CaseReferred: { caseId: 'envelope', occurredAt, source: 'private', district: 'public', form: 'public', summary: 'private' },
  VictimIdentified: HIDDEN,
  VictimReferredToServices: HIDDEN,
  ProtectionServiceProvided: HIDDEN,
  VictimRepatriated: HIDDEN,
  VictimCooperationRecorded: HIDDEN,
  InvestigationOpened: { occurredAt, unit: 'private', leadOfficer: 'private' },
  SuspectIdentified: {
    suspectRef,
    occurredAt,
    sex: 'private',
    nationality: 'private',
    isGovernmentOfficial: 'public',
    officialAgency: 'private',
    subjectRef: 'private',
    personal: 'private',
  },
  OfficialComplicityAlleged: { suspectRef, occurredAt, agency: 'private', summary: 'private' },
  SuspectArrested: { suspectRef, occurredAt },
  BailGranted: { suspectRef, occurredAt, amount: 'private', conditions: 'private' },
  DocketSubmittedToDpp: { occurredAt },
  DocketReportedMissing: { occurredAt, note: 'private' },
  DocketReconstructed: { occurredAt, note: 'private' },
  InvestigationClosed: { occurredAt, reason: 'private' },
  DppDecisionRecorded: { occurredAt, decision: 'public', forum: 'public' },
  ChargesFiled: { suspectRef, occurredAt, statute: 'public', counts: 'private' },
  SummonsIssued: { summonsRef: 'public', suspectRef, occurredAt, court: 'private', returnDate: 'public' },
  SummonsServed: { summonsRef: 'public', occurredAt, note: 'private' },
  SummonsServiceFailed: { summonsRef: 'public', occurredAt, note: 'private' },
  AccusedAppeared: { suspectRef, occurredAt, court: 'private' },
  TrialStarted: { suspectRef, occurredAt },
  HearingAdjourned: { suspectRef, occurredAt, reason: 'private', adjournedTo: 'private' },
  ChargesWithdrawn: { suspectRef, occurredAt, reason: 'private' },
  VerdictDelivered: { suspectRef, occurredAt, outcome: 'public', statute: 'public', guiltyPlea: 'private' },
  ReferredToHighCourtForSentence: { suspectRef, occurredAt },
  SentenceImposed: {
    suspectRef,
    occurredAt,
    imprisonmentMonths: 'public',
    suspendedMonths: 'public',
    fine: 'public',
    fineInLieuOfPrison: 'public',
  },
  AppealFiled: { appealRef: 'public', suspectRef, occurredAt, appellant: 'public' },
  AppealDecided: { appealRef: 'public', occurredAt, outcome: 'public' },
  CaseClosed: { occurredAt, reason: 'private' },
  EventCorrected: {
    correctedEventId: 'public',
    correctedType: 'public',
    changes: 'public-changes',
    reason: 'private',
    occurredAt,
  },
  EvidenceAttached: { evidenceRef: 'private', sha256: 'private', description: 'private', mediaType: 'private', custodian: 'private', occurredAt },
  PersonalDataErased: HIDDEN,
};

/** The disclosure of one event type's fields, by name; HIDDEN for a type whose leaves show nothing. */
export function disclosureOf(type: CaseEventType): typeof HIDDEN | Readonly<Record<string, FieldDisclosure>> {
  return CASE_EVENT_DISCLOSURE[type];
}

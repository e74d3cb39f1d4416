import {
  AGE_GROUPS, APPEAL_OUTCOMES, APPELLANTS, DISTRICTS, DPP_DECISIONS, FORMS, FORUMS, IDENTIFIED_BY, isOneOf,
  PROTECTION_SERVICES, SEXES, SOURCES, STATUTES, VERDICT_OUTCOMES, VICTIM_COOPERATIONS,
} from '@casetrail/contract';
import { isNationality } from '../nationalities';
import { characterProblem, isStorableText, TEXT_LIMITS } from '../text';
import { isCalendarDate, isTimestamp } from '../time';
import { isCaseEventType, type CaseEvent, type CaseEventType } from './events';

/** What one field of an event's data accepts, and whether a correction may change it. */
export type FieldSpec = Readonly<{
  expected: string;
  correctable: boolean;
  accepts: (value: unknown) => boolean;
}>;

/** A spec for every field of every event type (the mapped type keeps it in step with the data). */
export type CaseEventFields = {
  readonly [E in CaseEvent as E['type']]: { readonly [K in keyof E['data']]-?: FieldSpec };
};

const spec = (expected: string, accepts: (value: unknown) => boolean): FieldSpec => ({
  expected,
  correctable: true,
  accepts,
});
const nullable = (s: FieldSpec): FieldSpec => ({
  ...s,
  expected: `${s.expected}, or null`,
  accepts: (v) => v === null || s.accepts(v),
});
/** A field added by a later schema version: events recorded before it lack it (read as null). */
const added = (s: FieldSpec): FieldSpec => ({ ...s, accepts: (v) => v === undefined || s.accepts(v) });
const identity = (s: FieldSpec): FieldSpec => ({ ...s, correctable: false });
const oneOf = (values: readonly string[]): FieldSpec =>
  spec(`one of ${values.join(', ')}`, (v) => isOneOf(values, v));

const isPlainObject = (v: unknown): v is object =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = spec(`non-blank text of at most ${TEXT_LIMITS.short} characters, no control characters`, (v) =>
  isStorableText(v, 'short'),
);
const freeText = spec(`non-blank text of at most ${TEXT_LIMITS.free} characters, no control characters`, (v) =>
  isStorableText(v, 'free'),
);
const ref = identity(spec('a non-blank reference', (v) => isStorableText(v, 'short')));
const occurredAt = spec('an ISO 8601 time with an offset', isTimestamp);
const date = spec('a date YYYY-MM-DD', isCalendarDate);
const flag = spec('true or false', (v) => typeof v === 'boolean');
const number = spec('a finite number', (v) => typeof v === 'number' && Number.isFinite(v));
const amount = spec('a number of at least 0', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
const country = spec('an ISO 3166-1 alpha-2 code', isNationality);
const sha256 = identity(spec('64 lowercase hex digits', (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v)));
const sealed = identity(
  nullable(
    spec('sealed personal data (an object of strings)', (v) =>
      isPlainObject(v) && Object.values(v).every((x) => typeof x === 'string' && characterProblem(x) === null),
    ),
  ),
);
const victimRef = ref;
const suspectRef = ref;
const victimService = {
  victimRef,
  occurredAt,
  service: oneOf(PROTECTION_SERVICES),
  provider: text,
  governmentFunded: flag,
};
const serviceAttempt = { summonsRef: ref, occurredAt, note: nullable(freeText) };

/** The field specs of every event type, used to check event data and corrections. */
export const CASE_EVENT_FIELDS: CaseEventFields = {
  CaseReferred: {
    caseId: ref,
    occurredAt,
    source: oneOf(SOURCES),
    district: oneOf(DISTRICTS),
    form: oneOf(FORMS),
    summary: nullable(freeText),
  },
  VictimIdentified: {
    victimRef,
    occurredAt,
    sex: oneOf(SEXES),
    ageGroup: oneOf(AGE_GROUPS),
    nationality: country,
    form: oneOf(FORMS),
    identifiedBy: oneOf(IDENTIFIED_BY),
    subjectRef: identity(nullable(text)),
    personal: sealed,
  },
  VictimReferredToServices: victimService,
  ProtectionServiceProvided: victimService,
  VictimRepatriated: { victimRef, occurredAt, destination: country, governmentFunded: flag },
  VictimCooperationRecorded: {
    victimRef,
    occurredAt,
    cooperation: oneOf(VICTIM_COOPERATIONS),
    note: nullable(freeText),
  },
  InvestigationOpened: { occurredAt, unit: text, leadOfficer: nullable(text) },
  SuspectIdentified: {
    suspectRef,
    occurredAt,
    sex: oneOf(SEXES),
    nationality: country,
    isGovernmentOfficial: flag,
    officialAgency: nullable(text),
    subjectRef: identity(nullable(text)),
    personal: sealed,
  },
  OfficialComplicityAlleged: { suspectRef, occurredAt, agency: text, summary: nullable(freeText) },
  SuspectArrested: { suspectRef, occurredAt },
  BailGranted: { suspectRef, occurredAt, amount: nullable(amount), conditions: nullable(freeText) },
  DocketSubmittedToDpp: { occurredAt },
  DocketReportedMissing: { occurredAt, note: nullable(freeText) },
  DocketReconstructed: { occurredAt, note: nullable(freeText) },
  InvestigationClosed: { occurredAt, reason: freeText },
  DppDecisionRecorded: { occurredAt, decision: oneOf(DPP_DECISIONS), forum: nullable(oneOf(FORUMS)) },
  ChargesFiled: { suspectRef, occurredAt, statute: oneOf(STATUTES), counts: number },
  SummonsIssued: { summonsRef: ref, suspectRef, occurredAt, court: text, returnDate: date },
  SummonsServed: serviceAttempt,
  SummonsServiceFailed: serviceAttempt,
  AccusedAppeared: { suspectRef, occurredAt, court: nullable(text) },
  TrialStarted: { suspectRef, occurredAt },
  HearingAdjourned: { suspectRef, occurredAt, reason: freeText, adjournedTo: nullable(date) },
  ChargesWithdrawn: { suspectRef, occurredAt, reason: freeText },
  VerdictDelivered: {
    suspectRef,
    occurredAt,
    outcome: oneOf(VERDICT_OUTCOMES),
    statute: oneOf(STATUTES),
    guiltyPlea: flag,
  },
  ReferredToHighCourtForSentence: { suspectRef, occurredAt },
  SentenceImposed: {
    suspectRef,
    occurredAt,
    imprisonmentMonths: number,
    suspendedMonths: number,
    fine: nullable(number),
    fineInLieuOfPrison: flag,
  },
  AppealFiled: { appealRef: ref, suspectRef, occurredAt, appellant: oneOf(APPELLANTS) },
  AppealDecided: { appealRef: ref, occurredAt, outcome: oneOf(APPEAL_OUTCOMES) },
  CaseClosed: { occurredAt, reason: freeText },
  EventCorrected: {
    correctedEventId: ref,
    correctedType: identity(spec('an event type', isCaseEventType)),
    changes: identity(spec('an object of corrected fields', isPlainObject)),
    reason: freeText,
    occurredAt,
  },
  EvidenceAttached: {
    evidenceRef: ref,
    sha256,
    description: freeText,
    occurredAt,
    mediaType: added(nullable(text)),
    custodian: added(nullable(text)),
  },
  PersonalDataErased: { subjectRef: ref, reason: freeText, occurredAt },
};

/** The field specs of one event type, by field name. */
export function fieldsOf(type: CaseEventType): Readonly<Record<string, FieldSpec>> {
  return CASE_EVENT_FIELDS[type];
}

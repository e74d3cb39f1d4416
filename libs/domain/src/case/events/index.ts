import type { CourtEvent } from './court';
import type { IntakeEvent } from './intake';
import type { IntegrityEvent } from './integrity';
import type { InvestigationEvent } from './investigation';
import type { ProsecutionEvent } from './prosecution';

export type * from './court';
export type * from './event';
export type * from './intake';
export type * from './integrity';
export type * from './investigation';
export type * from './prosecution';

/** Everything that can happen to a case. */
export type CaseEvent = IntakeEvent | InvestigationEvent | ProsecutionEvent | CourtEvent | IntegrityEvent;
export type CaseEventType = CaseEvent['type'];
/** The event of one type. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
/** The data of one event type. */
export type CaseEventDataOf<T extends CaseEventType> = CaseEventOf<T>['data'];

/** An event as it sits in a case's stream: the store's id beside the event. */
export type StoredCaseEvent = Readonly<{ eventId: string; event: CaseEvent }>;

/** The schema version of each event type's data; bump one when its shape changes. */
export const CASE_EVENT_SCHEMA_VERSION: Readonly<Record<CaseEventType, number>> = {
  CaseReferred: 1,
  VictimIdentified: 1,
  VictimReferredToServices: 1,
  ProtectionServiceProvided: 1,
  VictimRepatriated: 1,
  VictimCooperationRecorded: 1,
  InvestigationOpened: 1,
  SuspectIdentified: 1,
  OfficialComplicityAlleged: 1,
  SuspectArrested: 1,
  BailGranted: 1,
  DocketSubmittedToDpp: 1,
  DocketReportedMissing: 1,
  DocketReconstructed: 1,
  InvestigationClosed: 1,
  DppDecisionRecorded: 1,
  ChargesFiled: 1,
  SummonsIssued: 1,
  SummonsServed: 1,
  SummonsServiceFailed: 1,
  AccusedAppeared: 1,
  TrialStarted: 1,
  HearingAdjourned: 1,
  ChargesWithdrawn: 1,
  VerdictDelivered: 1,
  ReferredToHighCourtForSentence: 1,
  SentenceImposed: 1,
  AppealFiled: 1,
  AppealDecided: 1,
  CaseClosed: 1,
  EventCorrected: 1,
  EvidenceAttached: 2,
  PersonalDataErased: 1,
};

/** Every event type, in catalogue order. */
export const CASE_EVENT_TYPES = Object.keys(CASE_EVENT_SCHEMA_VERSION) as readonly CaseEventType[];

/** True when `value` names an event type of the catalogue. */
export function isCaseEventType(value: unknown): value is CaseEventType {
  return typeof value === 'string' && Object.hasOwn(CASE_EVENT_SCHEMA_VERSION, value);
}

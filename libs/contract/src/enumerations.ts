/**
 * The enumerations of the public contract (api.md), each a readonly list plus its union type: the values the
 * domain stores, the HTTP layer validates and the web page offers.
 */

/** The ten districts of Lesotho. */
export const DISTRICTS = [
  'berea',
  'butha-buthe',
  'leribe',
  'mafeteng',
  'maseru',
  'mohales-hoek',
  'mokhotlong',
  'qachas-nek',
  'quthing',
  'thaba-tseka',
] as const;
export type District = (typeof DISTRICTS)[number];

/** Form of exploitation. */
export const FORMS = ['sex', 'labour', 'sex_and_labour', 'unknown'] as const;
export type Form = (typeof FORMS)[number];

/** Who referred the case. */
export const SOURCES = [
  'police',
  'immigration',
  'labour_inspection',
  'ngo',
  'hotline',
  'foreign_government',
  'other',
] as const;
export type Source = (typeof SOURCES)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const AGE_GROUPS = ['adult', 'child', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const ROLES = [
  'admin',
  'investigator',
  'prosecutor',
  'court_clerk',
  'victim_services',
  'auditor',
  'donor',
  /** The national anti-trafficking coordinator: records claims, reads what an auditor reads but the event log and the access log; nationwide, no personal data. */
  'coordinator',
] as const;
export type Role = (typeof ROLES)[number];

/** The body that identified a victim. */
export const IDENTIFIED_BY = ['government', 'ngo'] as const;
export type IdentifiedBy = (typeof IDENTIFIED_BY)[number];

export const PROTECTION_SERVICES = [
  'shelter',
  'medical',
  'psychosocial',
  'legal',
  'repatriation',
  'other',
] as const;
export type ProtectionService = (typeof PROTECTION_SERVICES)[number];

/** What a victim did or declined to do for the prosecution (not in api.md v1; the domain's own). */
export const VICTIM_COOPERATIONS = ['statement_given', 'testified', 'declined', 'withdrew'] as const;
export type VictimCooperation = (typeof VICTIM_COOPERATIONS)[number];

export const DPP_DECISIONS = ['prosecute', 'decline', 'further_investigation'] as const;
export type DppDecision = (typeof DPP_DECISIONS)[number];

export const FORUMS = ['magistrate', 'high_court'] as const;
export type Forum = (typeof FORUMS)[number];

export const STATUTES = ['anti_trafficking_act', 'other'] as const;
export type Statute = (typeof STATUTES)[number];

/** The outcome of one attempt to serve a summons. */
export const SERVICE_OUTCOMES = ['served', 'failed'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];

export const VERDICT_OUTCOMES = ['convicted', 'acquitted'] as const;
export type VerdictOutcome = (typeof VERDICT_OUTCOMES)[number];

export const APPELLANTS = ['crown', 'accused'] as const;
export type Appellant = (typeof APPELLANTS)[number];

export const APPEAL_OUTCOMES = ['upheld', 'dismissed', 'abandoned'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** Where a case stands. */
export const CASE_STAGES = [
  'referred',
  'under_investigation',
  'with_dpp',
  'in_prosecution',
  'declined',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * Where a case's investigation stands: it ends when closed, when the first charges in the case
 * are filed (`charged`) or when the DPP declines (`declined`).
 */
export const INVESTIGATION_STATUSES = ['not_opened', 'open', 'closed', 'charged', 'declined'] as const;
export type InvestigationStatus = (typeof INVESTIGATION_STATUSES)[number];

/** One accused's own track inside a case, in the order of the brief. */
export const ACCUSED_STATUSES = [
  'identified',
  'arrested',
  'on_bail',
  'charged',
  'summoned',
  'appeared',
  'on_trial',
  'convicted',
  'acquitted',
  'charges_withdrawn',
  'sentenced',
  'appeal_pending',
  'appeal_decided',
] as const;
export type AccusedStatus = (typeof ACCUSED_STATUSES)[number];

/** A summons as stored; `overdue` is derived at read time (see `summonsStatusAt`). */
export const SUMMONS_STATES = ['issued', 'served', 'failed'] as const;
export type SummonsState = (typeof SUMMONS_STATES)[number];

/** A summons as reported: its stored state, or `overdue` once its return date has passed unserved. */
export const SUMMONS_STATUSES = ['issued', 'served', 'failed', 'overdue'] as const;
export type SummonsStatus = (typeof SUMMONS_STATUSES)[number];

export const APPEAL_STATUSES = ['pending', 'decided'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** True when `value` is one of `values` (narrows to that union). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

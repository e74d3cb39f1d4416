/** Every rule `decide` enforces, by the code a refusal carries, with what it guards. */
export const CASE_RULES = {
  CASE_NOT_FOUND: 'No case was referred on this stream; only ReferCase may start one.',
  CASE_ALREADY_EXISTS: 'The case was already referred.',
  CASE_CLOSED: 'A closed case takes no more actions; corrections and erasure excepted.',
  INVALID_VALUE:
    'A field is missing or not of its kind (enumeration member, ISO time with offset, YYYY-MM-DD date, ISO country code, number, non-blank text).',
  OCCURRED_IN_FUTURE: 'occurredAt lies more than 5 minutes after the server time.',
  OCCURRED_BEFORE_DEPENDENCY:
    'occurredAt is earlier than what the action depends on (the referral, the identification, the arrest, the DPP decision, the charges, the summons, the trial, the verdict, the appeal).',
  VICTIM_ALREADY_IDENTIFIED: 'A victim with this victimRef was already identified in the case.',
  VICTIM_NOT_FOUND: 'No victim with this victimRef was identified in the case.',
  VICTIM_ALREADY_REPATRIATED: 'The victim was already repatriated.',
  TESTIMONY_NEEDS_TRIAL: 'A victim testifies at a trial: cooperation `testified` needs a trial started in the case.',
  PERSONAL_DATA_NEEDS_SUBJECT: 'Personal data needs a subjectRef, the handle by which it can be erased.',
  INVESTIGATION_ALREADY_OPEN: 'The investigation is already open.',
  INVESTIGATION_NOT_OPEN: 'The action needs an open investigation (closing it, submitting the docket).',
  SUSPECT_ALREADY_IDENTIFIED: 'A suspect with this suspectRef was already identified in the case.',
  SUSPECT_NOT_FOUND: 'No suspect with this suspectRef was identified in the case.',
  SUSPECT_ALREADY_ARRESTED: 'The suspect was already arrested.',
  SUSPECT_NOT_ARRESTED: 'Bail needs an arrest.',
  DOCKET_ALREADY_WITH_DPP:
    'The docket is already before the DPP (awaiting a decision or decided for prosecution); only further investigation sends it back.',
  DOCKET_NOT_WITH_DPP: 'A DPP decision needs a docket submitted to the DPP and not yet decided.',
  DOCKET_MISSING: 'The docket is reported missing: reconstruct it before submitting it or deciding on it.',
  DOCKET_ALREADY_MISSING: 'The docket is already reported missing.',
  DOCKET_NOT_MISSING: 'Only a docket reported missing can be reconstructed.',
  DOCKET_NOT_OPENED: 'The police docket is opened with the investigation: none can go missing before.',
  FORUM_NEEDS_PROSECUTION: 'A forum goes only with a decision to prosecute.',
  CHARGES_NEED_DPP_DECISION: 'Charges need a DPP decision to prosecute.',
  INVALID_COUNTS: 'Counts must be a whole number of at least 1.',
  CHARGES_NOT_FILED:
    'The accused has no charges: withdrawal, appearance, adjournment and a guilty plea need them.',
  ACCUSED_ALREADY_DECIDED:
    'The accused already has a verdict or had the charges withdrawn: no more charges, summons, trial, withdrawal or verdict.',
  SUMMONS_NEEDS_CHARGES: 'A summons needs charges filed against the accused.',
  SUMMONS_ALREADY_ISSUED: 'A summons with this summonsRef was already issued in the case.',
  SUMMONS_NOT_FOUND: 'No summons with this summonsRef was issued in the case.',
  SUMMONS_ALREADY_SERVED: 'Service needs an issued, unserved summons (a failed one may be retried).',
  RETURN_DATE_BEFORE_ISSUE: "The summons' return date is before the (Lesotho) date it was issued.",
  TRIAL_NEEDS_CHARGES: 'A trial needs charges filed against the accused.',
  TRIAL_ALREADY_STARTED: "The accused's trial has already started.",
  ADJOURNMENT_BEFORE_HEARING: 'A hearing cannot be adjourned to a date before the hearing.',
  ADJOURNMENT_NEEDS_HEARING: 'An adjournment needs a hearing: the accused appeared, or their trial started.',
  VERDICT_NEEDS_TRIAL: 'A verdict needs a trial started, or a guilty plea.',
  VERDICT_ALREADY_DELIVERED: 'A verdict was already delivered for the accused.',
  INVALID_VERDICT: 'An acquittal cannot rest on a guilty plea.',
  SENTENCE_NEEDS_CONVICTION: 'A sentence, or a referral for sentence, needs a conviction.',
  SENTENCE_ALREADY_IMPOSED: 'A sentence was already imposed on the accused.',
  SENTENCE_ALREADY_REFERRED: 'The conviction was already referred to the High Court for sentence.',
  REFERRAL_NEEDS_MAGISTRATE_COURT:
    "Only a magistrate court refers a conviction to the High Court for sentence: the DPP's forum must be magistrate (no forum means the magistrate court, the court of first instance).",
  INVALID_SENTENCE:
    'Months must be whole and not negative, suspended months at most the imprisonment, a fine positive, a fine in lieu of prison needs a fine, and a sentence imposes prison or a fine.',
  APPEAL_NEEDS_VERDICT: 'An appeal needs a verdict (conviction or acquittal).',
  APPEAL_ALREADY_FILED: 'An appeal with this appealRef was already filed in the case.',
  APPEAL_ALREADY_PENDING: 'The same appellant already has an appeal pending for this accused.',
  APPEAL_NOT_FOUND: 'No appeal with this appealRef was filed in the case.',
  APPEAL_ALREADY_DECIDED: 'The appeal was already decided.',
  CORRECTION_TARGET_NOT_FOUND: 'The corrected event is not an event of this case.',
  CORRECTION_NOT_ALLOWED:
    'Corrections and erasures cannot be corrected, nor identity fields changed (caseId, any *Ref, subjectRef, personal, sha256).',
  CORRECTION_UNKNOWN_FIELD: 'The correction names a field the corrected event does not have.',
  CORRECTION_EMPTY: 'The correction changes nothing.',
  EVIDENCE_ALREADY_ATTACHED: 'Evidence with this evidenceRef was already attached to the case.',
  SUBJECT_NOT_FOUND: 'No victim or suspect of the case has this subjectRef.',
  SUBJECT_ALREADY_ERASED: "The subject's personal data was already erased.",
} as const satisfies Record<string, string>;

/** The name of a rule a command can break. */
export type CaseRuleCode = keyof typeof CASE_RULES;

/** Every rule code. */
export const CASE_RULE_CODES = Object.keys(CASE_RULES) as readonly CaseRuleCode[];

/** A command refused by a domain rule; nothing may be stored. */
export class CaseRuleViolation extends Error {
  override readonly name = 'CaseRuleViolation';
  constructor(
    readonly code: CaseRuleCode,
    message: string,
  ) {
    super(message);
  }
}

/** Refuses the command with a named rule. */
export function refuse(code: CaseRuleCode, message: string): never {
  throw new CaseRuleViolation(code, message);
}

import { effectiveEvents, isBefore, type StoredCaseEvent } from '@casetrail/domain';
import { CaseEvents } from './case-events';
import {
  fineInLieuAfterAmendment, repeatedAdjournments, servedLate, suspendedSentenceForTrafficking, victimRepatriatedBeforeTestimony,
} from './event-flags';
import { DEFAULT_FLAG_RULES, type FlagRules, type RedFlag } from './red-flag';
import { complicityNotInvestigated, docketMissing, stalledAtDpp, summonsOverdue } from './state-flags';

/** A case's event as stored, with the moment it was recorded. */
export type RecordedCaseEvent = StoredCaseEvent & Readonly<{ recordedAt: string }>;

/**
 * Every red flag of one case, over the whole of its (corrected) events: time-based flags carry the
 * day they are raised even when it is still to come (`flagsAsOf` keeps those raised by a moment).
 * `effective` are the case's events with corrections applied (EventCorrected events are ignored).
 */
export function redFlagsOf(caseId: string, effective: readonly StoredCaseEvent[], rules: FlagRules = DEFAULT_FLAG_RULES): RedFlag[] {
  const events = new CaseEvents(caseId, effective.filter((e) => e.event.type !== 'EventCorrected'));
  return [
    ...docketMissing(events),
    ...stalledAtDpp(events),
    ...summonsOverdue(events),
    ...complicityNotInvestigated(events),
    ...servedLate(events),
    ...victimRepatriatedBeforeTestimony(events),
    ...fineInLieuAfterAmendment(events, rules),
    ...suspendedSentenceForTrafficking(events),
    ...repeatedAdjournments(events),
  ];
}

/**
 * The case's red flags as the record stood at `knownAt` (every event and correction recorded by
 * then; default: all of them).
 */
export function caseRedFlags(
  caseId: string,
  history: readonly RecordedCaseEvent[],
  options: { knownAt?: string; rules?: FlagRules } = {},
): RedFlag[] {
  const { knownAt } = options;
  const known = knownAt === undefined ? history : history.filter((e) => !isBefore(knownAt, e.recordedAt));
  return redFlagsOf(caseId, effectiveEvents(known), options.rules);
}

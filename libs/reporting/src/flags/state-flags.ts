import { isBefore, startOfLesothoDay, type StoredCaseEvent } from '@casetrail/domain';
import { at, type CaseEvents } from './case-events';
import { dayAfter, addDays } from './lesotho-day';
import type { RedFlag, StateFlagKind } from './red-flag';

/** Days a docket may wait before the DPP, and a complicity allegation for an investigation. */
export const DPP_DAYS_ALLOWED = 180;
export const COMPLICITY_DAYS_ALLOWED = 30;

/**
 * A state flag holding from `raisedAt` until the event that `ends` it; none at all when that event
 * comes before `raisedAt` (the condition ended before the flag would have held).
 */
function held(
  caseId: string,
  kind: StateFlagKind,
  ref: string | null,
  started: readonly StoredCaseEvent[],
  raisedAt: string,
  ends: StoredCaseEvent | undefined,
): RedFlag[] {
  if (ends !== undefined && isBefore(at(ends), raisedAt)) return [];
  const startedIds = started.map((e) => e.eventId);
  return [{
    caseId,
    kind,
    ref,
    key: `${kind}:${ref ?? startedIds[0] ?? ''}`,
    raisedAt,
    clearedAt: ends === undefined ? null : at(ends),
    eventIds: ends === undefined ? startedIds : [...startedIds, ends.eventId],
  }];
}

const after = (moment: StoredCaseEvent) => (e: StoredCaseEvent) => !isBefore(at(e), at(moment));

/** A docket reported missing and not reconstructed: raised by the report, cleared by the reconstruction. */
export function docketMissing(events: CaseEvents): RedFlag[] {
  const flags: RedFlag[] = [];
  let missing: StoredCaseEvent | undefined;
  for (const e of events.of('DocketReportedMissing', 'DocketReconstructed')) {
    if (e.event.type === 'DocketReportedMissing') missing ??= e;
    else if (missing !== undefined) {
      flags.push(...held(events.caseId, 'docket_missing', null, [missing], at(missing), e));
      missing = undefined;
    }
  }
  if (missing !== undefined) flags.push(...held(events.caseId, 'docket_missing', null, [missing], at(missing), undefined));
  return flags;
}

/**
 * A docket before the DPP for more than 180 days without a decision: raised on day 181 after its
 * submission, cleared by the decision, or by the case's closure (nothing waits on the DPP then,
 * as the DPP backlog reads it).
 */
export function stalledAtDpp(events: CaseEvents): RedFlag[] {
  return events.of('DocketSubmittedToDpp').flatMap((submitted) => {
    const ends = events.first(['DppDecisionRecorded', 'CaseClosed'], after(submitted));
    return held(events.caseId, 'stalled_at_dpp', null, [submitted], dayAfter(at(submitted), DPP_DAYS_ALLOWED + 1), ends);
  });
}

/** A summons not served by its return date: raised the day after it, cleared when it is served. */
export function summonsOverdue(events: CaseEvents): RedFlag[] {
  return events.of('SummonsIssued').flatMap((issued) => {
    const { summonsRef, returnDate } = issued.event.data;
    const served = events.first(['SummonsServed'], (e) => e.event.data.summonsRef === summonsRef);
    return held(events.caseId, 'summons_overdue', summonsRef, [issued], startOfLesothoDay(addDays(returnDate, 1)), served);
  });
}

/**
 * Complicity alleged where no investigation had been opened before the allegation, and none opened
 * within 30 days of it: raised on day 31, cleared when an investigation opens. One per suspect.
 */
export function complicityNotInvestigated(events: CaseEvents): RedFlag[] {
  const openings = events.of('InvestigationOpened');
  const flagged = new Set<string>();
  return events.of('OfficialComplicityAlleged').flatMap((alleged) => {
    const { suspectRef } = alleged.event.data;
    if (flagged.has(suspectRef) || openings.some((o) => !isBefore(at(alleged), at(o)))) return [];
    flagged.add(suspectRef);
    const opened = openings.find(after(alleged));
    const raisedAt = dayAfter(at(alleged), COMPLICITY_DAYS_ALLOWED + 1);
    return held(events.caseId, 'complicity_not_investigated', suspectRef, [alleged], raisedAt, opened);
  });
}

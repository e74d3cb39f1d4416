import { isBefore, lesothoDateOf, type StoredCaseEvent } from '@casetrail/domain';
import { at, type CaseEvents, type EventOf } from './case-events';
import type { EventFlagKind, FlagRules, RedFlag } from './red-flag';

/** Adjournments of one accused from which on they are `repeated_adjournments`. */
export const REPEATED_ADJOURNMENTS = 3;

function raised(caseId: string, kind: EventFlagKind, ref: string, by: readonly StoredCaseEvent[], raisedAt: string): RedFlag {
  return { caseId, kind, ref, key: `${kind}:${ref}`, raisedAt, clearedAt: null, eventIds: by.map((e) => e.eventId) };
}

const byOrAt = (moment: string) => (e: StoredCaseEvent) => !isBefore(moment, at(e));

/** Served after its return date (Lesotho dates). */
export function servedLate(events: CaseEvents): RedFlag[] {
  return events.of('SummonsIssued').flatMap((issued) => {
    const { summonsRef, returnDate } = issued.event.data;
    const served = events.first(['SummonsServed'], (e) => e.event.data.summonsRef === summonsRef);
    if (served === undefined || lesothoDateOf(at(served)) <= returnDate) return [];
    return [raised(events.caseId, 'served_late', summonsRef, [issued, served], at(served))];
  });
}

/** The accused charged by `moment` and still without a verdict or withdrawal then: their first charges. */
function pendingChargesAt(events: CaseEvents, moment: string): EventOf<'ChargesFiled'>[] {
  const done = new Set(
    events.of('VerdictDelivered', 'ChargesWithdrawn').filter((e) => isBefore(at(e), moment)).map((e) => e.event.data.suspectRef),
  );
  const first = new Map<string, EventOf<'ChargesFiled'>>();
  for (const charge of events.of('ChargesFiled').filter(byOrAt(moment))) {
    if (!first.has(charge.event.data.suspectRef)) first.set(charge.event.data.suspectRef, charge);
  }
  return [...first.values()].filter((charge) => !done.has(charge.event.data.suspectRef));
}

/** Repatriated while an accused of the case was charged without a verdict, before testifying. */
export function victimRepatriatedBeforeTestimony(events: CaseEvents): RedFlag[] {
  return events.of('VictimRepatriated').flatMap((repatriated) => {
    const { victimRef } = repatriated.event.data;
    const testified = events.first(
      ['VictimCooperationRecorded'],
      (e) => e.event.data.victimRef === victimRef && e.event.data.cooperation === 'testified' && byOrAt(at(repatriated))(e),
    );
    const pending = pendingChargesAt(events, at(repatriated));
    if (testified !== undefined || pending.length === 0) return [];
    return [raised(events.caseId, 'victim_repatriated_before_testimony', victimRef, [repatriated, ...pending], at(repatriated))];
  });
}

/** Each sentence beside the conviction it follows, when that conviction was under the Act. */
function sentencesUnderTheAct(events: CaseEvents): [EventOf<'SentenceImposed'>, EventOf<'VerdictDelivered'>][] {
  return events.of('SentenceImposed').flatMap((sentence) => {
    const { suspectRef } = sentence.event.data;
    const conviction = events.first(['VerdictDelivered'], (v) => v.event.data.suspectRef === suspectRef);
    const underAct = conviction?.event.data.outcome === 'convicted' && conviction.event.data.statute === 'anti_trafficking_act';
    return underAct ? [[sentence, conviction] as [EventOf<'SentenceImposed'>, EventOf<'VerdictDelivered'>]] : [];
  });
}

/** A fine in lieu of prison for a conviction under the Act, in a case referred on or after the amendment. */
export function fineInLieuAfterAmendment(events: CaseEvents, rules: FlagRules): RedFlag[] {
  const referral = events.first(['CaseReferred']);
  if (referral === undefined || lesothoDateOf(at(referral)) < rules.amendmentCommencement) return [];
  return sentencesUnderTheAct(events)
    .filter(([sentence]) => sentence.event.data.fineInLieuOfPrison)
    .map(([sentence, conviction]) =>
      raised(events.caseId, 'fine_in_lieu_after_amendment', sentence.event.data.suspectRef, [sentence, conviction], at(sentence)));
}

/** A conviction under the Act whose imprisonment (more than 0 months) is all suspended. */
export function suspendedSentenceForTrafficking(events: CaseEvents): RedFlag[] {
  return sentencesUnderTheAct(events)
    .filter(([{ event: { data: s } }]) => s.imprisonmentMonths > 0 && s.suspendedMonths >= s.imprisonmentMonths)
    .map(([sentence, conviction]) =>
      raised(events.caseId, 'suspended_sentence_for_trafficking', sentence.event.data.suspectRef, [sentence, conviction], at(sentence)));
}

/** Three or more adjournments for one accused: raised by the third. */
export function repeatedAdjournments(events: CaseEvents): RedFlag[] {
  const bySuspect = new Map<string, EventOf<'HearingAdjourned'>[]>();
  for (const e of events.of('HearingAdjourned')) {
    bySuspect.set(e.event.data.suspectRef, [...(bySuspect.get(e.event.data.suspectRef) ?? []), e]);
  }
  return [...bySuspect].flatMap(([suspectRef, adjournments]) => {
    if (adjournments.length < REPEATED_ADJOURNMENTS) return [];
    const first = adjournments.slice(0, REPEATED_ADJOURNMENTS);
    return [raised(events.caseId, 'repeated_adjournments', suspectRef, first, at(first[first.length - 1]!))];
  });
}

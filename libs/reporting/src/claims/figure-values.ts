import type { DisclosureRule } from '../disclosure';
import { governmentActionReportOf } from '../government-action-report';
import type { ReportEvent } from '../report-event';
import type { ReportingPeriod } from '../reporting-period';
import { figuresByPath } from './figure-paths';
import { KnownRecords } from './known-records';

/** What a figure is asked for: a reporting period's figures, or the figures as of a moment. */
export type FigureQuestion = { readonly period: ReportingPeriod; readonly asOf?: never } | { readonly asOf: string; readonly period?: never };

/**
 * Every figure the question asks, by path, from `events` (one scope's report events) as the record stood at
 * `knownAt`; `now` is the server's time (nothing later can be on the record, time-based flags included).
 */
export function figureValues(
  events: readonly ReportEvent[],
  question: FigureQuestion,
  knownAt: string,
  now: string,
  /** For a donor: figures about victims as the disclosure rule gives them. */
  donor: DisclosureRule | null = null,
): Map<string, number | null> {
  return figureValuesOf(new KnownRecords(events), question, knownAt, now, donor);
}

/** `figureValues` over records that keep what they built for each moment (see `KnownRecords`). */
function figureValuesOf(
  records: KnownRecords,
  question: FigureQuestion,
  knownAt: string,
  now: string,
  donor: DisclosureRule | null,
): Map<string, number | null> {
  if (question.period) {
    const report = governmentActionReportOf(records.facts(knownAt), question.period, knownAt, donor, { now });
    const { period: _p, from: _f, to: _t, knownAt: _k, scope: _s, complete: _c, previous: _pr, suppressedBelow: _sb, disclosure: _d, ...figures } = report;
    return figuresByPath(figures);
  }
  return new Map([['dpp.casesPending', casesBeforeDppAsOf(records.known(knownAt), Date.parse(question.asOf))]]);
}

/**
 * The DPP backlog as it stood at `asOf` (inclusive), as the backlog route counts it: cases whose last docket
 * was submitted by then with no decision on it by then, and not closed by then. `known`: corrected events.
 */
export function casesBeforeDppAsOf(known: readonly ReportEvent[], asOf: number): number {
  const pending = new Map<string, boolean>();
  const closed = new Set<string>();
  const inTime = known
    .map((event) => ({ event, at: Date.parse(event.occurredAt) }))
    .filter(({ at }) => at <= asOf)
    .sort((a, b) => a.at - b.at || a.event.version - b.event.version);
  for (const { event } of inTime) {
    if (event.type === 'DocketSubmittedToDpp') pending.set(event.caseId, true);
    if (event.type === 'DppDecisionRecorded') pending.set(event.caseId, false);
    if (event.type === 'CaseClosed') closed.add(event.caseId);
  }
  return [...pending].filter(([caseId, isPending]) => isPending && !closed.has(caseId)).length;
}

export type FigureValuesOf = typeof figureValues;

/**
 * `figureValues`, remembering each answer for the same events (the same array), question and moments, and
 * each record as known at a moment: a page of claims, or a bundle's assertions, ask the same figures as known
 * now many times over, and a claim's recordedAt and now often know the same events.
 */
export function rememberingFigureValues(): FigureValuesOf {
  const remembered = new WeakMap<readonly ReportEvent[], { records: KnownRecords; answers: Map<string, Map<string, number | null>> }>();
  return (events, question, knownAt, now, donor = null) => {
    const of = remembered.get(events) ?? { records: new KnownRecords(events), answers: new Map<string, Map<string, number | null>>() };
    remembered.set(events, of);
    const key = `${question.period?.name ?? question.asOf}|${knownAt}|${now}|${donor !== null}`;
    const known = of.answers.get(key) ?? figureValuesOf(of.records, question, knownAt, now, donor);
    of.answers.set(key, known);
    return known;
  };
}

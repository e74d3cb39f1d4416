import type { DisclosureRule } from '../disclosure';
import { governmentActionReport } from '../government-action-report';
import { asKnownAt, type ReportEvent } from '../report-event';
import type { ReportingPeriod } from '../reporting-period';
import { figuresByPath } from './figure-paths';

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
  if (question.period) {
    const report = governmentActionReport(events, question.period, knownAt, donor, { now });
    const { period: _p, from: _f, to: _t, knownAt: _k, scope: _s, complete: _c, previous: _pr, suppressedBelow: _sb, disclosure: _d, ...figures } = report;
    return figuresByPath(figures);
  }
  return new Map([['dpp.casesPending', casesBeforeDppAsOf(asKnownAt(events, Date.parse(knownAt)), Date.parse(question.asOf))]]);
}

/**
 * The DPP backlog as it stood at `asOf` (inclusive), as the backlog route counts it: cases whose last docket
 * was submitted by then with no decision on it by then, and not closed by then. `known`: corrected events.
 */
export function casesBeforeDppAsOf(known: readonly ReportEvent[], asOf: number): number {
  const pending = new Map<string, boolean>();
  const closed = new Set<string>();
  const inTime = known.filter((e) => Date.parse(e.occurredAt) <= asOf).sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.version - b.version);
  for (const event of inTime) {
    if (event.type === 'DocketSubmittedToDpp') pending.set(event.caseId, true);
    if (event.type === 'DppDecisionRecorded') pending.set(event.caseId, false);
    if (event.type === 'CaseClosed') closed.add(event.caseId);
  }
  return [...pending].filter(([caseId, isPending]) => isPending && !closed.has(caseId)).length;
}

export type FigureValuesOf = typeof figureValues;

/**
 * `figureValues`, remembering each answer for the same events (the same array), question and moments: a page
 * of claims asks the same figures as known now many times over.
 */
export function rememberingFigureValues(): FigureValuesOf {
  const answers = new WeakMap<readonly ReportEvent[], Map<string, Map<string, number | null>>>();
  return (events, question, knownAt, now, donor = null) => {
    const byKey = answers.get(events) ?? new Map<string, Map<string, number | null>>();
    answers.set(events, byKey);
    const key = `${question.period?.name ?? question.asOf}|${knownAt}|${now}|${donor !== null}`;
    const known = byKey.get(key) ?? figureValues(events, question, knownAt, now, donor);
    byKey.set(key, known);
    return known;
  };
}

import { caseFacts, type CaseFacts } from './case-facts';
import { donorVictimFigures, SUPPRESSED_BELOW, type DisclosureDescription, type DisclosureRule } from './disclosure';
import { countedFlags } from './flag-figures';
import { DEFAULT_FLAG_RULES, type FlagRules } from './flags';
import { governmentActionFigures, type GovernmentActionFigures } from './government-action';
import { asKnownAt, type ReportEvent } from './report-event';
import { previousPeriod, type ReportingPeriod } from './reporting-period';
import { victimRecords } from './victim-records';

/** Whose cases the report counts: the nation (`district: null`) or one district. */
export interface ReportScope {
  district: string | null;
}

export interface GovernmentActionReport extends GovernmentActionFigures {
  period: string;
  from: string;
  to: string;
  knownAt: string;
  scope: ReportScope;
  /** False while the period has not ended, or when knownAt is before its end: figures may still move. */
  complete: boolean;
  suppressedBelow?: number;
  disclosure?: DisclosureDescription;
  previous: GovernmentActionFigures & { period: string; from: string; to: string; complete: boolean };
}

/** What the report is computed for, besides the period and knownAt. */
export interface ReportContext {
  /** The caller's district, or null nationally (the events given must already be that scope's). */
  readonly district?: string | null;
  /** The server's time: a period not ended by then is not complete (default: knownAt). */
  readonly now?: string;
  readonly flagRules?: FlagRules;
}

/**
 * Each case's facts as the record stood at `knownAt` (corrections recorded by then applied). This is the
 * costly part of a report: a caller may keep a case's facts while its events do not change.
 */
export function caseFactsAsKnownAt(events: readonly ReportEvent[], knownAt: string, rules: FlagRules = DEFAULT_FLAG_RULES): CaseFacts[] {
  return caseFactsOfKnown(asKnownAt(events, Date.parse(knownAt)), rules);
}

/** Each case's facts from events already as known at a moment (`asKnownAt`). */
export function caseFactsOfKnown(known: readonly ReportEvent[], rules: FlagRules = DEFAULT_FLAG_RULES): CaseFacts[] {
  const byCase = new Map<string, ReportEvent[]>();
  for (const event of known) {
    const list = byCase.get(event.caseId) ?? [];
    list.push(event);
    byCase.set(event.caseId, list);
  }
  return [...byCase].map(([caseId, caseEvents]) => caseFacts(caseId, caseEvents, rules));
}

/**
 * The report for `period` as the record stood at `knownAt`, with the previous period beside it.
 * `events` are every case's report events (any order); `donor` (the disclosure rule) when a donor asks.
 */
export function governmentActionReport(
  events: readonly ReportEvent[],
  period: ReportingPeriod,
  knownAt: string,
  /** For a donor: the rule for what a donor may see of victims; null for everyone else. */
  donor: DisclosureRule | null,
  context: ReportContext = {},
): GovernmentActionReport {
  return governmentActionReportOf(caseFactsAsKnownAt(events, knownAt, context.flagRules), period, knownAt, donor, context);
}

/** The report from the cases' facts as known at `knownAt` (see `caseFactsAsKnownAt`). */
export function governmentActionReportOf(
  cases: readonly CaseFacts[],
  period: ReportingPeriod,
  knownAt: string,
  donor: DisclosureRule | null,
  context: ReportContext = {},
): GovernmentActionReport {
  // Nothing on the record at knownAt (or now) can show what only happens later, time included.
  const seenAt = Math.min(Date.parse(knownAt), Date.parse(context.now ?? knownAt));
  const figuresFor = (p: ReportingPeriod) => {
    const [from, to] = [Date.parse(p.from), Date.parse(p.to)];
    const flagsAt = Math.min(to - 1, seenAt);
    const figures = governmentActionFigures(cases, from, to, flagsAt);
    if (!donor) return figures;
    const repatriated = countedFlags(cases.flatMap((c) => c.flags), from, to, flagsAt)
      .filter((flag) => flag.kind === 'victim_repatriated_before_testimony')
      .map((flag) => `${flag.caseId}/${flag.key}`); // a victim ref is unique within its case only
    return {
      ...figures,
      flags: { ...figures.flags, victim_repatriated_before_testimony: donor.figure('flags.victim_repatriated_before_testimony', repatriated) },
      victims: donorVictimFigures(victimRecords(cases, from, to), donor),
    };
  };
  const complete = (p: ReportingPeriod) => seenAt >= Date.parse(p.to);
  const previous = previousPeriod(period);
  return {
    period: period.name,
    from: period.from,
    to: period.to,
    knownAt,
    scope: { district: context.district ?? null },
    complete: complete(period),
    ...figuresFor(period),
    ...(donor ? { suppressedBelow: SUPPRESSED_BELOW, disclosure: donor.description } : {}),
    previous: { period: previous.name, from: previous.from, to: previous.to, complete: complete(previous), ...figuresFor(previous) },
  };
}

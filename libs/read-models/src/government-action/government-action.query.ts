import type { Pool } from 'pg';
import { lesothoDateOf, type District } from '@casetrail/domain';
import {
  governmentActionReport, governmentActionReportOf, type DisclosureRule, type GovernmentActionReport, type ReportingPeriod,
} from '@casetrail/reporting';
import { GovernmentActionReportCache } from './government-action.cache';
import { countedEvents, CurrentCaseFacts } from './government-action.facts';

export interface ReportQuestion {
  readonly period: ReportingPeriod;
  /** Count only what was recorded by then; null: as known now. */
  readonly knownAt: string | null;
  readonly now: string;
  readonly district: District | null;
  /** For a donor: what a donor may see of victims (docs/disclosure.md); null for everyone else. */
  readonly donor: DisclosureRule | null;
}

/**
 * The government-action report from its read model; "as known now" answers are kept until an event is
 * applied, and each case's facts until an event of that case is applied.
 */
export class GovernmentActionReports {
  private readonly cache: GovernmentActionReportCache;

  private readonly current: CurrentCaseFacts;

  constructor(private readonly pool: Pool) {
    this.cache = new GovernmentActionReportCache(pool);
    this.current = new CurrentCaseFacts(pool);
  }

  async report(question: ReportQuestion): Promise<GovernmentActionReport> {
    const knownAt = question.knownAt ?? question.now;
    // Only "as known now" is cached: an earlier knownAt is an auditor's question, answered from the rows.
    const state = question.knownAt === null ? await this.cache.state() : null;
    // Time-based flags and `complete` move at 00:00 Lesotho time even when no event arrives: one entry a day.
    const day = lesothoDateOf(knownAt);
    const key = state && `${state}|${day}|${question.period.name}|${question.district ?? '*'}|${question.donor !== null}`;
    const cached = key ? this.cache.find(key, knownAt) : null;
    if (cached) return cached;
    const context = { district: question.district, now: question.now };
    if (question.knownAt !== null) {
      const events = await countedEvents(this.pool, knownAt, question.district);
      return governmentActionReport(events, question.period, knownAt, question.donor, context);
    }
    const { cases, latestRecordedAt } = await this.current.asKnownAt(knownAt, question.district);
    const report = governmentActionReportOf(cases, question.period, knownAt, question.donor, context);
    if (key) this.cache.keep(key, report, latestRecordedAt);
    return report;
  }
}

import type { Pool } from 'pg';
import { lesothoDateOf, type District } from '@casetrail/domain';
import {
  governmentActionReport, type DisclosureRule, type GovernmentActionReport, type ReportEvent, type ReportingPeriod,
} from '@casetrail/reporting';
import { GovernmentActionReportCache } from './government-action.cache';

export interface ReportQuestion {
  readonly period: ReportingPeriod;
  /** Count only what was recorded by then; null: as known now. */
  readonly knownAt: string | null;
  readonly now: string;
  readonly district: District | null;
  /** For a donor: what a donor may see of victims (docs/disclosure.md); null for everyone else. */
  readonly donor: DisclosureRule | null;
}

/** The government-action report from its read model; "as known now" answers are kept until an event is applied. */
export class GovernmentActionReports {
  private readonly cache: GovernmentActionReportCache;

  constructor(private readonly pool: Pool) {
    this.cache = new GovernmentActionReportCache(pool);
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
    const rows = await this.countedEvents(knownAt, question.district);
    const report = governmentActionReport(rows, question.period, knownAt, question.donor, {
      district: question.district,
      now: question.now,
    });
    if (key) this.cache.keep(key, report, rows.reduce((latest, r) => Math.max(latest, Date.parse(r.recordedAt)), 0));
    return report;
  }

  private async countedEvents(knownAt: string, district: District | null): Promise<ReportEvent[]> {
    const { rows } = await this.pool.query<ReportEvent>(
      `SELECT event_id AS "eventId", case_id AS "caseId", version, type, occurred_at AS "occurredAt",
              to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "recordedAt", data
       FROM rm_government_action_events
       WHERE recorded_at <= $1::timestamptz AND ($2::text IS NULL OR district = $2)`,
      [knownAt, district],
    );
    return rows;
  }
}

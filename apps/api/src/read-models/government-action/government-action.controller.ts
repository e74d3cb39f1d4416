import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Database } from '@casetrail/database';
import {
  cellKeySecretFrom, DISCLOSURE_SUMMARY, donorDisclosure, governmentActionReport, InvalidReportingPeriod, reportingPeriod,
  type DisclosureRule, type GovernmentActionReport, type ReportEvent,
} from '@casetrail/reporting';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '../../auth/user';
import type { Clock } from '../../clock';
import { CLOCK, DATABASE } from '../../config/tokens';
import { ApiError } from '../../http/api-error';
import { IsTimestamp } from '../../http/validation/formats';
import { LedgerKeys } from '../../ledger/ledger-keys';
import { ReadYourWrites } from '../read-your-writes';
import { GovernmentActionReportCache } from './government-action.cache';

export class GovernmentActionQueryDto {
  @ApiProperty({ example: '2021-22', description: '1 April to 31 March (the 2022 TIP report covers 2021-22)' })
  @Matches(/^\d{4}-\d{2}$/)
  period!: string;

  @ApiPropertyOptional({ description: 'Count only what was recorded by then (default: now)' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;

  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{1,15}$/)
  minPosition?: string;
}

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/reports/government-action')
export class GovernmentActionController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
    ledgerKeys: LedgerKeys,
  ) {
    this.cache = new GovernmentActionReportCache(database.pool);
    // Every process that signs this log holds its key, so every one rounds a donor's figures alike (docs/disclosure.md).
    this.donorRule = donorDisclosure(cellKeySecretFrom(ledgerKeys.signing.signerKey));
  }

  private readonly cache: GovernmentActionReportCache;
  private readonly donorRule: DisclosureRule;

  @Get()
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor')
  @ApiOperation({ summary: 'The evidence of government action for a reporting period, as known at a moment, beside the previous period', description: DISCLOSURE_SUMMARY })
  async report(@Query() query: GovernmentActionQueryDto, @CurrentUser() user: User): Promise<GovernmentActionReport> {
    let period;
    try {
      period = reportingPeriod(query.period);
    } catch (error) {
      if (error instanceof InvalidReportingPeriod) throw new ApiError(400, 'VALIDATION_FAILED', error.message);
      throw error;
    }
    await this.readYourWrites.waitFor(query.minPosition);
    const knownAt = query.knownAt ?? this.clock.now().toISOString();
    // Only "as known now" is cached: an earlier knownAt is an auditor's question, answered from the rows.
    const state = query.knownAt === undefined ? await this.cache.state() : null;
    const key = state && `${state}|${period.name}|${user.district ?? '*'}|${user.role === 'donor'}`;
    const cached = key ? this.cache.find(key, knownAt) : null;
    if (cached) return cached;
    const { rows } = await this.database.pool.query<ReportEvent>(
      `SELECT event_id AS "eventId", case_id AS "caseId", version, type, occurred_at AS "occurredAt",
              to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "recordedAt", data
       FROM rm_government_action_events
       WHERE recorded_at <= $1::timestamptz AND ($2::text IS NULL OR district = $2)`,
      [knownAt, user.district],
    );
    const report = governmentActionReport(rows, period, knownAt, user.role === 'donor' ? this.donorRule : null);
    if (key) this.cache.keep(key, report, rows.reduce((latest, r) => Math.max(latest, Date.parse(r.recordedAt)), 0));
    return report;
  }
}

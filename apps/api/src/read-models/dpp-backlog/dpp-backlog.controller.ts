import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import type { Database } from '@casetrail/database';
import { median } from '@casetrail/reporting';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '../../auth/user';
import { lesothoDay } from '../../cases/queries/case-view';
import type { Clock } from '../../clock';
import { CLOCK, DATABASE } from '../../config/tokens';
import { ReadYourWrites } from '../read-your-writes';

export class DppBacklogQueryDto {
  @ApiPropertyOptional({ enum: DISTRICTS }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{1,15}$/)
  minPosition?: string;
}

interface PendingDocket {
  caseId: string;
  district: string;
  form: string;
  submittedAt: string;
  daysPending: number;
}

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/dpp/backlog')
export class DppBacklogController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('prosecutor', 'court_clerk', 'auditor')
  @ApiOperation({ summary: 'Cases whose docket is before the DPP with no decision yet, longest waiting first' })
  async backlog(
    @Query() query: DppBacklogQueryDto,
    @CurrentUser() user: User,
  ): Promise<{ asOf: string; pending: number; medianDaysPending: number | null; cases: PendingDocket[] }> {
    await this.readYourWrites.waitFor(query.minPosition);
    const today = lesothoDay(this.clock.now().toISOString());
    const { rows } = await this.database.pool.query<PendingDocket>(
      `SELECT case_id AS "caseId", district, form, submitted_at_text AS "submittedAt",
              ($1::date - (submitted_at AT TIME ZONE INTERVAL '+02:00')::date) AS "daysPending"
       FROM rm_dpp_backlog_cases
       WHERE submitted_at IS NOT NULL AND decided_at IS NULL AND NOT closed AND ($2::text IS NULL OR district = $2)
       ORDER BY submitted_at, case_id`,
      [today, user.district ?? query.district ?? null],
    );
    return { asOf: today, pending: rows.length, medianDaysPending: median(rows.map((r) => r.daysPending)), cases: rows };
  }
}

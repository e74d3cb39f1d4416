import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { GovernmentActionReports } from '@casetrail/read-models';
import { InvalidReportingPeriod, reportingPeriod, type GovernmentActionReport, type ReportingPeriod } from '@casetrail/reporting';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import type { Clock } from '../../clock';
import { CLOCK, DATABASE } from '../../config/tokens';
import { ApiError } from '../../http/api-error';
import { ReadYourWrites } from '../read-your-writes';
import { GovernmentActionQueryDto } from './government-action.dto';

function periodNamed(name: string): ReportingPeriod {
  try {
    return reportingPeriod(name);
  } catch (error) {
    if (error instanceof InvalidReportingPeriod) throw new ApiError(400, 'VALIDATION_FAILED', error.message);
    throw error;
  }
}

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/reports/government-action')
export class GovernmentActionController {
  private readonly reports: GovernmentActionReports;

  constructor(
    @Inject(DATABASE) database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {
    this.reports = new GovernmentActionReports(database.pool);
  }

  @Get()
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor')
  @ApiOperation({ summary: 'The evidence of government action for a reporting period, as known at a moment, beside the previous period' })
  async report(@Query() query: GovernmentActionQueryDto, @CurrentUser() user: User): Promise<GovernmentActionReport> {
    const period = periodNamed(query.period);
    await this.readYourWrites.waitFor(query.minPosition);
    return this.reports.report({
      period, knownAt: query.knownAt ?? null, now: this.clock.now().toISOString(), district: user.district, forDonor: user.role === 'donor',
    });
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GovernmentActionReports } from '@casetrail/read-models';
import { InvalidReportingPeriod, reportingPeriod, type GovernmentActionReport, type ReportingPeriod } from '@casetrail/reporting';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import { ApiError } from '../../http/api-error';
import { ReadModelReader } from '../read-model-reader';
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

  constructor(private readonly reader: ReadModelReader) {
    this.reports = new GovernmentActionReports(reader.pool);
  }

  @Get()
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor')
  @ApiOperation({ summary: 'The evidence of government action for a reporting period, as known at a moment, beside the previous period' })
  async report(@Query() query: GovernmentActionQueryDto, @CurrentUser() user: User): Promise<GovernmentActionReport> {
    const period = periodNamed(query.period);
    const knownAt = query.knownAt ?? null;
    return this.reader.read(query.minPosition, (_, now) =>
      this.reports.report({ period, knownAt, now, district: user.district, forDonor: user.role === 'donor' }),
    );
  }
}

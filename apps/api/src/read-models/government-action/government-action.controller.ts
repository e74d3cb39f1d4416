import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GovernmentActionReports } from '@casetrail/read-models';
import {
  cellKeySecretFrom, DISCLOSURE_SUMMARY, donorDisclosure, InvalidReportingPeriod, reportingPeriod,
  type DisclosureRule, type GovernmentActionReport, type ReportingPeriod,
} from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { ApiError } from '../../http/api-error';
import { LedgerKeys } from '../../ledger/ledger-keys';
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
  private readonly donorRule: DisclosureRule;

  constructor(
    private readonly reader: ReadModelReader,
    ledgerKeys: LedgerKeys,
  ) {
    this.reports = new GovernmentActionReports(reader.pool);
    // Every process that signs this log holds its key, so every one rounds a donor's figures alike (docs/disclosure.md).
    this.donorRule = donorDisclosure(cellKeySecretFrom(ledgerKeys.signing.signerKey));
  }

  @Get()
  @Exports('csv', 'pdf')
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator')
  @ApiOperation({
    summary: 'The evidence of government action for a reporting period, as known at a moment, beside the previous period',
    description: DISCLOSURE_SUMMARY,
  })
  async report(@Query() query: GovernmentActionQueryDto, @CurrentUser() user: User): Promise<GovernmentActionReport> {
    const period = periodNamed(query.period);
    const knownAt = query.knownAt ?? null;
    const donor = user.role === 'donor' ? this.donorRule : null;
    return this.reader.read(query.minPosition, (_, now) =>
      this.reports.report({ period, knownAt, now, district: user.district, donor }),
    );
  }
}

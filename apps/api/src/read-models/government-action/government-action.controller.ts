import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { toBase64 } from '@casetrail/ledger';
import { GovernmentActionReports, reportCheckpoint } from '@casetrail/read-models';
import {
  cellKeySecretFrom, DISCLOSURE_SUMMARY, donorDisclosure, InvalidReportingPeriod, reportingPeriod,
  type DisclosureRule, type GovernmentActionReport, type ReportingPeriod,
} from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { ApiError } from '../../http/api-error';
import { CurrentCheckpoint } from '../../ledger/current-checkpoint';
import { LedgerKeys } from '../../ledger/ledger-keys';
import { ReadModelReader } from '../read-model-reader';
import { GovernmentActionQueryDto } from './government-action.dto';

/** `{treeSize, rootHash}` (base64) of the ledger the answer was computed from; null while the ledger is empty. */
type ReportCheckpoint = { treeSize: number; rootHash: string } | null;

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
    private readonly ledgerKeys: LedgerKeys,
    private readonly checkpoints: CurrentCheckpoint,
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
  async report(@Query() query: GovernmentActionQueryDto, @CurrentUser() user: User): Promise<GovernmentActionReport & { checkpoint: ReportCheckpoint }> {
    const period = periodNamed(query.period);
    const knownAt = query.knownAt ?? null;
    const donor = user.role === 'donor' ? this.donorRule : null;
    const report = await this.reader.read(query.minPosition, (_, now) =>
      this.reports.report({ period, knownAt, now, district: user.district, donor }),
    );
    return { ...report, checkpoint: await this.checkpointOf(report.knownAt, user.district) };
  }

  /** The signed checkpoint whose tree holds every event the report counted; one is signed now when none does yet. */
  private async checkpointOf(knownAt: string, district: User['district']): Promise<ReportCheckpoint> {
    const question = { knownAt, district, keyName: this.ledgerKeys.signing.name, keyId: this.ledgerKeys.signing.keyId };
    let found = await reportCheckpoint(this.reader.pool, question);
    if (!found) {
      const signed = await this.checkpoints.signNow().catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'LEDGER_EMPTY') return null;
        throw error;
      });
      found = signed && (await reportCheckpoint(this.reader.pool, question));
    }
    return found ? { treeSize: found.treeSize, rootHash: toBase64(found.rootHash) } : null;
  }
}

import { Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { CoveringCheckpoint, toBase64 } from '@casetrail/ledger';
import { GovernmentActionReports, readReportEvents, reportCoverage } from '@casetrail/read-models';
import {
  DISCLOSURE_SUMMARY, InvalidReportingPeriod, isVictimFigure, reportChanges, reportingPeriod,
  reportItems, type DisclosureRule, type GovernmentActionReport, type ReportingPeriod,
} from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { CsvList } from '../../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../../exports/list-items';
import { ApiError } from '../../http/api-error';
import { LedgerKeys } from '../../ledger/ledger-keys';
import { DonorDisclosure } from '../donor-disclosure';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { FigureChangesQueryDto, FigureItemsQueryDto } from './drill-down.dto';
import { decodeItemCursor, itemPage, leafIndexes } from './figure-item-page';
import { GovernmentActionQueryDto } from './government-action.dto';

/**
 * `{treeSize, rootHash}` (base64) of the ledger the answer was computed from; null while the ledger is empty, or when
 * no checkpoint covered the report within CASETRAIL_REPORT_CHECKPOINT_WAIT_MS.
 */
type ReportCheckpoint = { treeSize: number; rootHash: string } | null;

const REPORT_ROLES = ['admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator'] as const;

function periodNamed(name: string): ReportingPeriod {
  try {
    return reportingPeriod(name);
  } catch (error) {
    if (error instanceof InvalidReportingPeriod) throw new ApiError(400, 'VALIDATION_FAILED', error.message);
    throw error;
  }
}

@ReadModelController('v1/reports/government-action')
export class GovernmentActionController {
  private readonly reports: GovernmentActionReports;
  private readonly donorRule: DisclosureRule;

  constructor(
    private readonly reader: ReadModelReader,
    private readonly ledgerKeys: LedgerKeys,
    private readonly checkpoints: CoveringCheckpoint,
    donorDisclosure: DonorDisclosure,
  ) {
    this.reports = new GovernmentActionReports(reader.pool);
    this.donorRule = donorDisclosure.rule;
  }

  @Get()
  @Exports('csv', 'pdf')
  @Roles(...REPORT_ROLES)
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

  /**
   * The signed checkpoint whose tree holds every event the report counted: waits (bounded) for the sealer to
   * reach them and for one signature shared with the other reports waiting; null past the bound.
   */
  private async checkpointOf(knownAt: string, district: User['district']): Promise<ReportCheckpoint> {
    const question = { knownAt, district, keyName: this.ledgerKeys.signing.name, keyId: this.ledgerKeys.signing.keyId };
    const found = await this.checkpoints.of((through) => reportCoverage(this.reader.pool, question, through));
    return found ? { treeSize: found.treeSize, rootHash: toBase64(found.rootHash) } : null;
  }

  @CsvList({
    path: 'items', columns: LIST_COLUMNS.figureItems, roles: REPORT_ROLES,
    summary: 'What a figure counted: each event with its case, accused or summons ref and ledger leafIndex, in the order they occurred',
    description: `A figure about victims lists nothing to a donor (\`withheld\`: true). ${DISCLOSURE_SUMMARY}`,
  })
  async items(@Query() query: FigureItemsQueryDto, @CurrentUser() user: User) {
    const period = periodNamed(query.period);
    const cursor = query.cursor ? decodeItemCursor(query.cursor) : null;
    return this.reader.read(query.minPosition, async (pool, now) => {
      const knownAt = cursor?.knownAt ?? query.knownAt ?? now;
      const filters = { period: period.name, figure: query.figure, knownAt, district: user.district };
      if (user.role === 'donor' && isVictimFigure(query.figure)) return { filters, items: [], nextCursor: null, withheld: true, disclosure: this.donorRule.description };
      const counted = reportItems(await readReportEvents(pool, now, user.district), period, query.figure, knownAt, now) ?? [];
      const { page, nextCursor } = itemPage(counted, knownAt, Number(query.limit ?? 50), cursor);
      const leaves = await leafIndexes(pool, page.map((item) => item.eventId));
      const items = page.map(({ victimRef: _, ...item }) => ({ ...item, leafIndex: leaves.get(item.eventId) ?? null }));
      return { filters, total: counted.length, items, nextCursor };
    });
  }

  @CsvList({
    path: 'changes', columns: LIST_COLUMNS.figureChanges, roles: REPORT_ROLES,
    summary: 'Every figure of a period that differs between two knownAt moments, with the events recorded in between that explain it',
    description: `For a donor, figures about victims are compared as disclosed, and name no event. ${DISCLOSURE_SUMMARY}`,
  })
  async changes(@Query() query: FigureChangesQueryDto, @CurrentUser() user: User) {
    const period = periodNamed(query.period);
    if (Date.parse(query.to) < Date.parse(query.from)) {
      throw new ApiError(400, 'VALIDATION_FAILED', 'to must not be before from', { fields: [{ field: 'to', problems: ['must not be before from'] }] });
    }
    const donor = user.role === 'donor' ? this.donorRule : null;
    return this.reader.read(query.minPosition, async (pool, now) => {
      const items = reportChanges(await readReportEvents(pool, now, user.district), period, query.from, query.to, now, donor);
      const filters = { period: period.name, from: query.from, to: query.to, district: user.district };
      return { filters, items, nextCursor: null, ...(donor ? { disclosure: donor.description } : {}) };
    });
  }
}

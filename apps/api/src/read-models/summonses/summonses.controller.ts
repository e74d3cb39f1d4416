import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '../../auth/user';
import { lesothoDay } from '../../cases/queries/case-view';
import type { Clock } from '../../clock';
import { CLOCK, DATABASE } from '../../config/tokens';
import { ReadYourWrites } from '../read-your-writes';
import { readSummonses, type SummonsRow } from '@casetrail/read-models';
import { SummonsesQueryDto } from './summonses.dto';

type SummonsCounts = { total: number; byStatus: Record<string, number> };

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/summonses')
export class SummonsesController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles('prosecutor', 'court_clerk', 'auditor', 'donor')
  @ApiOperation({ summary: 'Summonses and their service (issued, served, failed, overdue); donors get counts only' })
  async summonses(
    @Query() query: SummonsesQueryDto,
    @CurrentUser() user: User,
  ): Promise<{ asOf: string; counts: SummonsCounts; summonses?: SummonsRow[] }> {
    await this.readYourWrites.waitFor(query.minPosition);
    const today = lesothoDay(this.clock.now().toISOString());
    const rows = await readSummonses(this.database.pool, today, {
      status: query.status ?? null,
      court: query.court ?? null,
      district: user.district ?? query.district ?? null,
    });
    const counts: SummonsCounts = { total: rows.length, byStatus: {} };
    for (const row of rows) counts.byStatus[row.status] = (counts.byStatus[row.status] ?? 0) + 1;
    return user.role === 'donor' ? { asOf: today, counts } : { asOf: today, counts, summonses: rows };
  }
}

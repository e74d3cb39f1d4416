import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { readSummonses, type Summonses } from '@casetrail/read-models';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import type { Clock } from '../../clock';
import { CLOCK, DATABASE } from '../../config/tokens';
import { ReadYourWrites } from '../read-your-writes';
import { SummonsesQueryDto } from './summonses.dto';

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
  async summonses(@Query() query: SummonsesQueryDto, @CurrentUser() user: User): Promise<Partial<Summonses>> {
    await this.readYourWrites.waitFor(query.minPosition);
    const { asOf, counts, summonses } = await readSummonses(this.database.pool, this.clock.now().toISOString(), {
      status: query.status ?? null,
      court: query.court ?? null,
      district: user.district ?? query.district ?? null,
    });
    return user.role === 'donor' ? { asOf, counts } : { asOf, counts, summonses };
  }
}

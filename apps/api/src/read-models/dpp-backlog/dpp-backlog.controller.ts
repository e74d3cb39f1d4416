import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { readDppBacklog, type DppBacklog } from '@casetrail/read-models';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import type { Clock } from '../../clock';
import { CLOCK, DATABASE } from '../../config/tokens';
import { ReadYourWrites } from '../read-your-writes';
import { DppBacklogQueryDto } from './dpp-backlog.dto';

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
  async backlog(@Query() query: DppBacklogQueryDto, @CurrentUser() user: User): Promise<DppBacklog> {
    await this.readYourWrites.waitFor(query.minPosition);
    return readDppBacklog(this.database.pool, this.clock.now().toISOString(), user.district ?? query.district ?? null);
  }
}

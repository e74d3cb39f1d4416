import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readDppBacklog, type DppBacklog } from '@casetrail/read-models';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import type { User } from '@casetrail/users';
import { ReadModelReader } from '../read-model-reader';
import { DppBacklogQueryDto } from './dpp-backlog.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/dpp/backlog')
export class DppBacklogController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Exports('csv')
  @Roles('prosecutor', 'court_clerk', 'auditor', 'coordinator')
  @ApiOperation({ summary: 'Cases whose docket is before the DPP with no decision yet, longest waiting first' })
  async backlog(@Query() query: DppBacklogQueryDto, @CurrentUser() user: User): Promise<DppBacklog> {
    return this.reader.read(query.minPosition, (pool, now) => readDppBacklog(pool, now, user.district ?? query.district ?? null));
  }
}

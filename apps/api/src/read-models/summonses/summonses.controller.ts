import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readSummonses, type Summonses } from '@casetrail/read-models';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import type { User } from '@casetrail/users';
import { ReadModelReader } from '../read-model-reader';
import { SummonsesQueryDto } from './summonses.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/summonses')
export class SummonsesController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Exports('csv')
  @Roles('prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator')
  @ApiOperation({ summary: 'Summonses and their service (issued, served, failed, overdue); donors get counts only' })
  async summonses(@Query() query: SummonsesQueryDto, @CurrentUser() user: User): Promise<Partial<Summonses>> {
    const filters = { status: query.status ?? null, court: query.court ?? null, district: user.district ?? query.district ?? null };
    const { asOf, counts, summonses } = await this.reader.read(query.minPosition, (pool, now) => readSummonses(pool, now, filters));
    return user.role === 'donor' ? { asOf, counts } : { asOf, counts, summonses };
  }
}

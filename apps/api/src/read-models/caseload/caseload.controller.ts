import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import { readCaseload, type Caseload } from '@casetrail/read-models';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import { ReadModelReader } from '../read-model-reader';
import { CaseloadQueryDto } from './caseload.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/caseload')
export class CaseloadController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Counts of cases by stage, district and form (a district-scoped user sees their district)' })
  async caseload(@Query() query: CaseloadQueryDto, @CurrentUser() user: User): Promise<Caseload> {
    const district = user.district ?? query.district ?? null;
    return this.reader.read(query.minPosition, (pool) => readCaseload(pool, { district, stage: query.stage ?? null, form: query.form ?? null }));
  }
}

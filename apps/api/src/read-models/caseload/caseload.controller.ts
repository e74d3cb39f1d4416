import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import type { Database } from '@casetrail/database';
import { readCaseload, type Caseload } from '@casetrail/read-models';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import { DATABASE } from '../../config/tokens';
import { ReadYourWrites } from '../read-your-writes';
import { CaseloadQueryDto } from './caseload.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/caseload')
export class CaseloadController {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Counts of cases by stage, district and form (a district-scoped user sees their district)' })
  async caseload(@Query() query: CaseloadQueryDto, @CurrentUser() user: User): Promise<Caseload> {
    await this.readYourWrites.waitFor(query.minPosition);
    const district = user.district ?? query.district ?? null;
    return readCaseload(this.database.pool, { district, stage: query.stage ?? null, form: query.form ?? null });
  }
}

import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import type { Database } from '@casetrail/database';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '../../auth/user';
import { DATABASE } from '../../config/tokens';
import { ReadYourWrites } from '../read-your-writes';
import { CaseloadQueryDto, type Caseload } from './caseload.dto';

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
    const filters = { district, stage: query.stage ?? null, form: query.form ?? null };
    const { rows } = await this.database.pool.query<{ stage: string; district: string; form: string; n: number }>(
      `SELECT stage, district, form, count(*)::int AS n FROM rm_caseload_cases
       WHERE ($1::text IS NULL OR district = $1) AND ($2::text IS NULL OR stage = $2) AND ($3::text IS NULL OR form = $3)
       GROUP BY stage, district, form`,
      [filters.district, filters.stage, filters.form],
    );
    const result: Caseload = { total: 0, byStage: {}, byDistrict: {}, byForm: {}, filters };
    for (const row of rows) {
      result.total += row.n;
      result.byStage[row.stage] = (result.byStage[row.stage] ?? 0) + row.n;
      result.byDistrict[row.district] = (result.byDistrict[row.district] ?? 0) + row.n;
      result.byForm[row.form] = (result.byForm[row.form] ?? 0) + row.n;
    }
    return result;
  }
}

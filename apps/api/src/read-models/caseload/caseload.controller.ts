import { Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import { readCaseload, readCaseloadAt, readCaseloadMeasures, type Caseload, type CaseloadMeasures } from '@casetrail/read-models';
import { InvalidReportingPeriod, reportingPeriod, type ReportingPeriod } from '@casetrail/reporting';
import { ApiError } from '../../http/api-error';
import { firstPin, pinnedMoment } from '../lists/time-travel-pin';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { CaseloadQueryDto } from './caseload.dto';

function periodNamed(name: string): ReportingPeriod {
  try {
    return reportingPeriod(name);
  } catch (error) {
    if (error instanceof InvalidReportingPeriod) {
      throw new ApiError(400, 'VALIDATION_FAILED', error.message, { fields: [{ field: 'period', problems: [error.message] }] });
    }
    throw error;
  }
}

@ReadModelController('v1/caseload')
export class CaseloadController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'Counts of cases by stage, district and form (a district-scoped user sees their district); with a period, clearance and the age of pending cases per district',
  })
  async caseload(@Query() query: CaseloadQueryDto, @CurrentUser() user: User): Promise<Caseload | (Caseload & CaseloadMeasures)> {
    const district = user.district ?? query.district ?? null;
    const period = query.period === undefined ? null : periodNamed(query.period);
    const filters = { district, stage: query.stage ?? null, form: query.form ?? null };
    const travels = query.asOf !== undefined || query.knownAt !== undefined;
    return this.reader.read(query.minPosition, async (pool, now) => {
      if (!travels && period === null) return readCaseload(pool, filters);
      const at = pinnedMoment(await firstPin(pool, query.asOf ?? null, query.knownAt ?? null, now));
      const caseload = travels ? await readCaseloadAt(pool, at, user.district ?? null, filters) : await readCaseload(pool, filters);
      const moments = { asOf: at.asOf, knownAt: at.knownAt };
      if (period === null) return { ...caseload, ...moments };
      return { ...caseload, ...moments, period, ...(await readCaseloadMeasures(pool, period, at, user.district ?? null, district)) };
    });
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import { isCaseKey, readCaseList, type CaseSortField } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { ReadModelReader } from '../read-model-reader';
import { sortOf, type KeyCell } from '../lists/list-cursor';
import { readPinnedList } from '../pinned-list';
import { CASE_SORTS, CaseListQueryDto } from './case-list.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/cases')
export class CaseListController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Exports('csv')
  @Roles(...ROLES.filter((role) => role !== 'donor'))
  @ApiOperation({
    summary: 'Every case, closed ones too, as it stands or stood (asOf, knownAt); filtered, sorted, paged by a cursor that pins the list',
  })
  async cases(@Query() query: CaseListQueryDto, @CurrentUser() user: User) {
    const sortText = query.sort ?? 'referredAt';
    const sort = sortOf<CaseSortField>(sortText);
    const filters = {
      district: user.district ?? query.district ?? null, stage: query.stage ?? null, form: query.form ?? null,
      referredFrom: query.referredFrom ?? null, referredTo: query.referredTo ?? null, flag: query.flag ?? null,
    };
    const isKey = (key: readonly KeyCell[]) => isCaseKey(key, sort.field);
    return readPinnedList(this.reader, query, { sorts: CASE_SORTS, sort: sortText, isKey }, async (list, pool) => {
      const page = await readCaseList(pool, {
        at: list.at, moment: list.moment, filters, scope: user.district ?? null,
        sort: sort.field, descending: sort.descending, after: list.after, limit: list.limit,
      });
      return {
        items: page.items, nextCursor: page.next ? list.nextCursor(page.next) : null,
        filters, sort: sortText, asOf: list.pin.asOf, knownAt: list.pin.knownAt,
      };
    });
  }
}

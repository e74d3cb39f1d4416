import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import { isCaseKey, readCaseList, type CaseSortField } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { LIST_COLUMNS, ListItems } from '../../exports/list-items';
import { ReadModelReader } from '../read-model-reader';
import { badCursor, decodeCursor, encodeCursor, sortOf } from '../lists/list-cursor';
import { limitOf } from '../lists/list-query.dto';
import { firstPin, momentOfPin, PIN_CELLS, pinCells, pinnedMoment, pinOfCursor } from '../lists/time-travel-pin';
import { CASE_SORTS, CaseListQueryDto } from './case-list.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/cases')
export class CaseListController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Exports('csv')
  @ListItems(LIST_COLUMNS.cases)
  @Roles(...ROLES.filter((role) => role !== 'donor'))
  @ApiOperation({
    summary: 'Every case, closed ones too, as it stands or stood (asOf, knownAt); filtered, sorted, paged by a cursor that pins the list',
  })
  async cases(@Query() query: CaseListQueryDto, @CurrentUser() user: User) {
    const sortText = query.sort ?? 'referredAt';
    const sort = sortOf<CaseSortField>(sortText);
    const cursor = query.cursor ? decodeCursor(query.cursor, PIN_CELLS) : null;
    const pinned = cursor ? pinOfCursor(cursor, CASE_SORTS, sortText) : null;
    if (cursor && !isCaseKey(cursor.after, sort.field)) throw badCursor();
    const filters = {
      district: user.district ?? query.district ?? null, stage: query.stage ?? null, form: query.form ?? null,
      referredFrom: query.referredFrom ?? null, referredTo: query.referredTo ?? null, flag: query.flag ?? null,
    };
    return this.reader.read(query.minPosition, async (pool, now) => {
      const pin = pinned ?? (await firstPin(pool, query.asOf ?? null, query.knownAt ?? null, now));
      const page = await readCaseList(pool, {
        at: pinnedMoment(pin), moment: momentOfPin(pin), filters, scope: user.district ?? null,
        sort: sort.field, descending: sort.descending, after: cursor && isCaseKey(cursor.after, sort.field) ? cursor.after : null,
        limit: limitOf(query),
      });
      return {
        items: page.items, nextCursor: page.next ? encodeCursor({ pin: pinCells(pin, CASE_SORTS, sortText), after: page.next }) : null,
        filters, sort: sortText, asOf: pin.asOf, knownAt: pin.knownAt,
      };
    });
  }
}

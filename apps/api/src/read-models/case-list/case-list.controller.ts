import { Query } from '@nestjs/common';
import { ROLES } from '@casetrail/domain';
import { isCaseKey, readCaseList, type CaseSortField } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { CsvList } from '../../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../../exports/list-items';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { askedSort, type KeyCell } from '../lists/list-cursor';
import { readPinnedList } from '../pinned-list';
import { CASE_SORTS, CaseListQueryDto } from './case-list.dto';

@ReadModelController('v1/cases')
export class CaseListController {
  constructor(private readonly reader: ReadModelReader) {}

  @CsvList({
    columns: LIST_COLUMNS.cases, roles: ROLES.filter((role) => role !== 'donor'),
    summary: 'Every case, closed ones too, as it stands or stood (asOf, knownAt); filtered, sorted, paged by a cursor that pins the list',
  })
  async cases(@Query() query: CaseListQueryDto, @CurrentUser() user: User) {
    const sort = askedSort<CaseSortField>(query.sort, 'referredAt');
    const filters = {
      district: user.district ?? query.district ?? null, stage: query.stage ?? null, form: query.form ?? null,
      referredFrom: query.referredFrom ?? null, referredTo: query.referredTo ?? null, flag: query.flag ?? null,
    };
    const isKey = (key: readonly KeyCell[]) => isCaseKey(key, sort.field);
    return readPinnedList(this.reader, query, { sorts: CASE_SORTS, sort: sort.text, isKey }, async (list, pool) => {
      const page = await readCaseList(pool, {
        at: list.at, moment: list.moment, filters, scope: user.district ?? null,
        sort: sort.field, descending: sort.descending, after: list.after, limit: list.limit,
      });
      return {
        items: page.items, nextCursor: page.next ? list.nextCursor(page.next) : null,
        filters, sort: sort.text, asOf: list.pin.asOf, knownAt: list.pin.knownAt,
      };
    });
  }
}

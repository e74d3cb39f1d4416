import { Query } from '@nestjs/common';
import { instantOf } from '@casetrail/domain';
import { readSummonsesAt, type SummonsRow } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { CsvList } from '../../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../../exports/list-items';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { askedSort, type KeyCell } from '../lists/list-cursor';
import { readPinnedList } from '../pinned-list';
import { SUMMONS_SORTS, SummonsesQueryDto } from './summonses.dto';

/** A summons' place in the list: its return date or when issued, then its case and ref (unique together). */
const summonsKey = (field: string) => (row: SummonsRow): KeyCell[] =>
  [field === 'issuedAt' ? instantOf(row.issuedAt) : row.returnDate, row.caseId, row.summonsRef];
const isSummonsKey = (field: string) => (key: readonly KeyCell[]): key is [KeyCell, string, string] =>
  key.length === 3 && (field === 'issuedAt' ? Number.isSafeInteger(key[0]) : typeof key[0] === 'string')
  && typeof key[1] === 'string' && typeof key[2] === 'string';

@ReadModelController('v1/summonses')
export class SummonsesController {
  constructor(private readonly reader: ReadModelReader) {}

  @CsvList({
    columns: LIST_COLUMNS.summonses, roles: ['prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator'],
    summary: 'Summonses and their service (issued, served, failed, overdue), as they stand or stood (asOf, knownAt); donors get counts only',
  })
  async summonses(@Query() query: SummonsesQueryDto, @CurrentUser() user: User) {
    const sort = askedSort<'returnDate' | 'issuedAt'>(query.sort, 'returnDate');
    const filters = {
      status: query.status ?? null, court: query.court ?? null, district: user.district ?? query.district ?? null,
      dueWithinDays: query.dueWithinDays === undefined ? null : Number(query.dueWithinDays),
      servedLate: query.servedLate === undefined ? null : query.servedLate === 'true',
    };
    return readPinnedList(this.reader, query, { sorts: SUMMONS_SORTS, sort: sort.text, isKey: isSummonsKey(sort.field) }, async (list, pool) => {
      const { asOf, counts, rows } = await readSummonsesAt(pool, list.at, list.moment, user.district ?? null, filters);
      if (user.role === 'donor') return { asOf, knownAt: list.pin.knownAt, filters, counts };
      const page = list.page(rows, summonsKey(sort.field), sort.descending);
      return { asOf, knownAt: list.pin.knownAt, filters, sort: sort.text, counts, items: page.items, nextCursor: page.nextCursor };
    });
  }
}

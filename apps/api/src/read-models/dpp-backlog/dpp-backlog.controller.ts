import { Query } from '@nestjs/common';
import { readBacklogAt, type PendingDocket } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { CsvList } from '../../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../../exports/list-items';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { askedSort, type KeyCell } from '../lists/list-cursor';
import { readPinnedList } from '../pinned-list';
import { BACKLOG_SORTS, DppBacklogQueryDto } from './dpp-backlog.dto';

/** A docket's place in the backlog: its days pending, then its case. */
const docketKey = (docket: PendingDocket) => [docket.daysPending, docket.caseId];
const isDocketKey = (key: readonly KeyCell[]): key is [number, string] => key.length === 2 && Number.isSafeInteger(key[0]) && typeof key[1] === 'string';

@ReadModelController('v1/dpp/backlog')
export class DppBacklogController {
  constructor(private readonly reader: ReadModelReader) {}

  @CsvList({
    columns: LIST_COLUMNS.dppBacklog, roles: ['prosecutor', 'court_clerk', 'auditor', 'coordinator', 'donor'],
    summary: 'Cases whose docket is before the DPP with no decision, as they stand or stood (asOf, knownAt), by age band; donors get counts only',
  })
  async backlog(@Query() query: DppBacklogQueryDto, @CurrentUser() user: User) {
    const sort = askedSort<'daysPending'>(query.sort, '-daysPending');
    const filters = { district: user.district ?? query.district ?? null };
    return readPinnedList(this.reader, query, { sorts: BACKLOG_SORTS, sort: sort.text, isKey: isDocketKey }, async (list, pool) => {
      const backlog = await readBacklogAt(pool, list.at, list.moment, user.district ?? null, filters.district);
      const counts = { asOf: backlog.asOf, knownAt: list.pin.knownAt, filters, ageBands: backlog.ageBands, total: backlog.pending };
      if (user.role === 'donor') return counts;
      const page = list.page(backlog.dockets, docketKey, sort.descending);
      return {
        ...counts, sort: sort.text, pending: backlog.pending, medianDaysPending: backlog.medianDaysPending,
        items: page.items, nextCursor: page.nextCursor,
      };
    });
  }
}

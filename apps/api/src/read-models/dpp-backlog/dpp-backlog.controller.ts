import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readBacklogAt, type PendingDocket } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { ReadModelReader } from '../read-model-reader';
import { sortOf, type KeyCell } from '../lists/list-cursor';
import { readPinnedList } from '../pinned-list';
import { BACKLOG_SORTS, DppBacklogQueryDto } from './dpp-backlog.dto';

/** A docket's place in the backlog: its days pending, then its case. */
const docketKey = (docket: PendingDocket) => [docket.daysPending, docket.caseId];
const isDocketKey = (key: readonly KeyCell[]): key is [number, string] => key.length === 2 && Number.isSafeInteger(key[0]) && typeof key[1] === 'string';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/dpp/backlog')
export class DppBacklogController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Exports('csv')
  @Roles('prosecutor', 'court_clerk', 'auditor', 'coordinator', 'donor')
  @ApiOperation({
    summary: 'Cases whose docket is before the DPP with no decision, as they stand or stood (asOf, knownAt), by age band; donors get counts only',
  })
  async backlog(@Query() query: DppBacklogQueryDto, @CurrentUser() user: User) {
    const sortText = query.sort ?? '-daysPending';
    const filters = { district: user.district ?? query.district ?? null };
    return readPinnedList(this.reader, query, { sorts: BACKLOG_SORTS, sort: sortText, isKey: isDocketKey }, async (list, pool) => {
      const backlog = await readBacklogAt(pool, list.at, list.moment, user.district ?? null, filters.district);
      const counts = { asOf: backlog.asOf, knownAt: list.pin.knownAt, filters, ageBands: backlog.ageBands, total: backlog.pending };
      if (user.role === 'donor') return counts;
      const page = list.page(backlog.dockets, docketKey, sortOf(sortText).descending);
      return {
        ...counts, sort: sortText, pending: backlog.pending, medianDaysPending: backlog.medianDaysPending,
        items: page.items, nextCursor: page.nextCursor,
      };
    });
  }
}

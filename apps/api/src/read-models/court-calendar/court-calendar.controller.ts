import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Pool } from 'pg';
import {
  calendarRecordedUpTo, readCalendarEntry, readCourtCalendar, readCourtCalendarKnownAt, type CalendarEntry,
} from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { LIST_COLUMNS, ListItems } from '../../exports/list-items';
import { ReadModelReader } from '../read-model-reader';
import { badCursor, calendarPage, decodeCalendarCursor } from './calendar-page';
import { CourtCalendarQueryDto } from './court-calendar.dto';

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/court/calendar')
export class CourtCalendarController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Exports('csv')
  @ListItems(LIST_COLUMNS.courtCalendar)
  @Roles('prosecutor', 'court_clerk', 'auditor', 'coordinator')
  @ApiOperation({
    summary: 'What falls due in court between from and to: summons return dates and adjourned hearings, by date, court and case',
  })
  async calendar(@Query() query: CourtCalendarQueryDto, @CurrentUser() user: User) {
    const cursor = query.cursor ? decodeCalendarCursor(query.cursor) : null;
    const filters = {
      from: query.from, to: query.to, district: user.district ?? query.district ?? null, court: query.court ?? null,
      asOf: query.asOf ?? null, knownAt: query.knownAt ?? null,
    };
    return this.reader.read(query.minPosition, async (pool) => {
      const recordedBy = cursor?.recordedBy ?? (await calendarRecordedUpTo(pool));
      if (recordedBy === null) return { filters, items: [], nextCursor: null };
      const after = cursor ? await this.entryOf(pool, cursor.afterEventId, recordedBy, filters) : null;
      if (cursor && !after) throw badCursor();
      const { knownAt, ...asked } = filters;
      const entries = knownAt === null
        ? await readCourtCalendar(pool, { ...asked, recordedBy })
        : await readCourtCalendarKnownAt(pool, { ...asked, knownAt, eventId: null });
      return { filters, ...calendarPage(entries, recordedBy, Number(query.limit ?? 50), after) };
    });
  }

  /** Where a cursor resumes: its entry's place as the list it walks sees it (whatever the window). */
  private async entryOf(pool: Pool, eventId: string, recordedBy: string, filters: { district: string | null; knownAt: string | null }): Promise<CalendarEntry | null> {
    if (filters.knownAt === null) return readCalendarEntry(pool, eventId, recordedBy, filters.district);
    const [entry] = await readCourtCalendarKnownAt(pool, {
      from: null, to: null, district: filters.district, court: null, asOf: null, eventId, knownAt: filters.knownAt,
    });
    return entry ?? null;
  }
}

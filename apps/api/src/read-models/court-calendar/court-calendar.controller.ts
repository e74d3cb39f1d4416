import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { calendarRecordedUpTo, readCalendarEntry, readCourtCalendar } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
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
  @Roles('prosecutor', 'court_clerk', 'auditor', 'coordinator')
  @ApiOperation({
    summary: 'What falls due in court between from and to: summons return dates and adjourned hearings, by date, court and case',
  })
  async calendar(@Query() query: CourtCalendarQueryDto, @CurrentUser() user: User) {
    const cursor = query.cursor ? decodeCalendarCursor(query.cursor) : null;
    const filters = {
      from: query.from, to: query.to, district: user.district ?? query.district ?? null, court: query.court ?? null, asOf: query.asOf ?? null,
    };
    return this.reader.read(query.minPosition, async (pool) => {
      const recordedBy = cursor?.recordedBy ?? (await calendarRecordedUpTo(pool));
      if (recordedBy === null) return { filters, items: [], nextCursor: null };
      const after = cursor ? await readCalendarEntry(pool, cursor.afterEventId, recordedBy, filters.district) : null;
      if (cursor && !after) throw badCursor();
      const entries = await readCourtCalendar(pool, { ...filters, recordedBy });
      return { filters, ...calendarPage(entries, recordedBy, Number(query.limit ?? 50), after) };
    });
  }
}

import { Query } from '@nestjs/common';
import type { Pool } from 'pg';
import {
  calendarRecordedUpTo, readCalendarEntry, readCourtCalendar, readCourtCalendarKnownAt, type CalendarEntry,
} from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { CsvList } from '../../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../../exports/list-items';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { badCursor, calendarPage, decodeCalendarCursor } from './calendar-page';
import { CourtCalendarQueryDto } from './court-calendar.dto';

@ReadModelController('v1/court/calendar')
export class CourtCalendarController {
  constructor(private readonly reader: ReadModelReader) {}

  @CsvList({
    columns: LIST_COLUMNS.courtCalendar, roles: ['prosecutor', 'court_clerk', 'auditor', 'coordinator'],
    summary: 'What falls due in court between from and to: summons return dates and adjourned hearings, by date, court and case',
  })
  async calendar(@Query() query: CourtCalendarQueryDto, @CurrentUser() user: User) {
    const cursor = query.cursor ? decodeCalendarCursor(query.cursor) : null;
    const filters = {
      from: query.from, to: query.to, district: user.district ?? query.district ?? null, court: query.court ?? null,
      asOf: query.asOf ?? null, knownAt: query.knownAt ?? null,
    };
    // As known at a moment, a district-scoped caller still sees only the cases in their district now.
    const scope = user.district ?? null;
    return this.reader.read(query.minPosition, async (pool) => {
      const recordedBy = cursor?.recordedBy ?? (await calendarRecordedUpTo(pool));
      if (recordedBy === null) return { filters, items: [], nextCursor: null };
      const after = cursor ? await this.entryOf(pool, cursor.afterEventId, recordedBy, { ...filters, scope }) : null;
      if (cursor && !after) throw badCursor();
      const { knownAt, ...asked } = filters;
      const entries = knownAt === null
        ? await readCourtCalendar(pool, { ...asked, recordedBy })
        : await readCourtCalendarKnownAt(pool, { ...asked, knownAt, eventId: null, scope });
      return { filters, ...calendarPage(entries, recordedBy, Number(query.limit ?? 50), after) };
    });
  }

  /** Where a cursor resumes: its entry's place as the list it walks sees it (whatever the window). */
  private async entryOf(pool: Pool, eventId: string, recordedBy: string, filters: { district: string | null; scope: string | null; knownAt: string | null }): Promise<CalendarEntry | null> {
    if (filters.knownAt === null) return readCalendarEntry(pool, eventId, recordedBy, filters.district);
    const [entry] = await readCourtCalendarKnownAt(pool, {
      from: null, to: null, district: filters.district, scope: filters.scope, court: null, asOf: null, eventId, knownAt: filters.knownAt,
    });
    return entry ?? null;
  }
}

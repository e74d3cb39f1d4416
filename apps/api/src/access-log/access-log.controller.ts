import { Controller, Inject, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { NationwideGuard } from '../auth/nationwide.guard';
import { DATABASE } from '../config/tokens';
import { CsvList } from '../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../exports/list-items';
import { decodeOrderCursor, encodeOrderCursor } from '../http/order-cursor';
import { AccessLogPageDto, AccessLogQueryDto } from './access-log.dto';

interface AccessRow {
  entry_order: string;
  event_id: string;
  user_id: string;
  role: string;
  case_id: string;
  subject_refs: string[];
  shown_at: Date;
}

/** Every answer that showed personal data, for auditors: who saw whose, on which case, when. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/access-log')
export class AccessLogController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @CsvList({
    columns: LIST_COLUMNS.accessLog, roles: ['auditor'],
    summary: 'The access log: every answer that showed personal data, oldest first, each sealed in the ledger as an `access` event',
    description: 'Nationwide auditors only (a district-scoped auditor is refused, 403 NATIONWIDE_ONLY). Never the data itself.',
  })
  @UseGuards(NationwideGuard)
  @ApiOkResponse({ type: AccessLogPageDto })
  async list(@Query() query: AccessLogQueryDto): Promise<AccessLogPageDto> {
    const pool = this.database.pool;
    const limit = Number(query.limit ?? 50);
    const cursor = query.cursor
      ? decodeOrderCursor(query.cursor)
      : { after: 0, upTo: Number((await pool.query<{ last: string | null }>('SELECT max(entry_order) AS last FROM access_log')).rows[0]?.last ?? 0) };
    const filters = { subjectRef: query.subjectRef ?? null, userId: query.userId?.toLowerCase() ?? null, from: query.from ?? null, to: query.to ?? null };
    const { rows } = await pool.query<AccessRow>(
      `SELECT entry_order, event_id, user_id, role, case_id, subject_refs, shown_at FROM access_log
        WHERE entry_order > $1 AND entry_order <= $2
          AND ($3::text IS NULL OR $3 = ANY(subject_refs)) AND ($4::text IS NULL OR user_id = $4)
          AND ($5::timestamptz IS NULL OR shown_at >= $5) AND ($6::timestamptz IS NULL OR shown_at < $6)
        ORDER BY entry_order LIMIT $7`,
      [cursor.after, cursor.upTo, filters.subjectRef, filters.userId, filters.from, filters.to, limit + 1],
    );
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor = rows.length > limit && last ? encodeOrderCursor({ after: Number(last.entry_order), upTo: cursor.upTo }) : null;
    const items = shown.map((row) => ({
      eventId: row.event_id, userId: row.user_id, role: row.role, caseId: row.case_id, subjectRefs: row.subject_refs,
      shownAt: row.shown_at.toISOString(),
    }));
    return { items, nextCursor, filters };
  }
}

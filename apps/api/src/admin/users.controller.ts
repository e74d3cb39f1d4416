import { Controller, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { lastUserOrder, usersPage, type User } from '@casetrail/users';
import { CurrentUser } from '../auth/current-user.decorator';
import { DATABASE } from '../config/tokens';
import { CsvList } from '../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../exports/list-items';
import { decodeOrderCursor, encodeOrderCursor } from '../http/order-cursor';
import { UsersPageDto, UsersQueryDto } from './users-list.dto';

/** Who the users are, so the `actor` of every event has a name, a role, a district and an agency. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @CsvList({ columns: LIST_COLUMNS.users, roles: ['admin', 'auditor', 'coordinator'], summary: 'Every user in the order they were created, revoked ones included; never a token' })
  @ApiOkResponse({ type: UsersPageDto })
  async list(@Query() query: UsersQueryDto, @CurrentUser() caller: User): Promise<UsersPageDto> {
    const limit = Number(query.limit ?? 50);
    const cursor = query.cursor ? decodeOrderCursor(query.cursor) : { after: 0, upTo: await lastUserOrder(this.database.pool) };
    const filters = { role: query.role ?? null, district: caller.district ?? query.district ?? null };
    const rows = await usersPage(this.database.pool, { ...filters, after: cursor.after, upTo: cursor.upTo, limit: limit + 1 });
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor = rows.length > limit && last
      ? encodeOrderCursor({ after: last.order, upTo: cursor.upTo })
      : null;
    const items = shown.map(({ user }) => ({
      userId: user.userId, name: user.name, role: user.role, district: user.district, agency: user.agency,
      createdAt: user.createdAt, revokedAt: user.revokedAt,
    }));
    return { items, nextCursor, filters };
  }
}

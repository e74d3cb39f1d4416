import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Database } from '@casetrail/database';
import { lastUserOrder, usersPage, type User } from '@casetrail/users';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { DATABASE } from '../config/tokens';
import { Exports } from '../exports/export-formats';
import { ApiError } from '../http/api-error';
import { UsersPageDto, UsersQueryDto } from './users-list.dto';

/** Where a walk through the users stands: the last one given, and the newest when the walk began. */
interface UsersCursor {
  readonly after: number;
  readonly upTo: number;
}

/** Who the users are, so the `actor` of every event has a name, a role, a district and an agency. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get()
  @Exports('csv')
  @Roles('admin', 'auditor', 'coordinator')
  @ApiOperation({ summary: 'Every user in the order they were created, revoked ones included; never a token' })
  @ApiOkResponse({ type: UsersPageDto })
  async list(@Query() query: UsersQueryDto, @CurrentUser() caller: User): Promise<UsersPageDto> {
    const limit = Number(query.limit ?? 50);
    const cursor = query.cursor ? decodeCursor(query.cursor) : { after: 0, upTo: await lastUserOrder(this.database.pool) };
    const filters = { role: query.role ?? null, district: caller.district ?? query.district ?? null };
    const rows = await usersPage(this.database.pool, { ...filters, after: cursor.after, upTo: cursor.upTo, limit: limit + 1 });
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor = rows.length > limit && last
      ? Buffer.from(JSON.stringify({ after: last.order, upTo: cursor.upTo } satisfies UsersCursor)).toString('base64url')
      : null;
    const items = shown.map(({ user }) => ({
      userId: user.userId, name: user.name, role: user.role, district: user.district, agency: user.agency,
      createdAt: user.createdAt, revokedAt: user.revokedAt,
    }));
    return { items, nextCursor, filters };
  }
}

function decodeCursor(text: string): UsersCursor {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as UsersCursor;
    if (!Number.isSafeInteger(parsed.after) || !Number.isSafeInteger(parsed.upTo) || parsed.after < 0 || parsed.upTo < parsed.after) {
      throw new Error('cursor');
    }
    return { after: parsed.after, upTo: parsed.upTo };
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
      fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
    });
  }
}

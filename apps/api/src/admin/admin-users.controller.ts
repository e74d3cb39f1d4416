import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { UsersRepository, type User } from '@casetrail/users';
import { NATIONWIDE_ROLES } from '@casetrail/domain';
import type { Clock } from '../clock';
import { CLOCK } from '../config/tokens';
import { ApiError } from '../http/api-error';
import { CreatedUserDto, CreateUserDto, UserDto } from './create-user.dto';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new ApiError(400, 'VALIDATION_FAILED', 'userId must be a UUID', { fields: [{ field: 'userId', problems: ['userId must be a UUID'] }] }),
});

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: UsersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiCreatedResponse({ type: CreatedUserDto })
  async create(@Body() body: CreateUserDto, @CurrentUser() admin: User): Promise<CreatedUserDto> {
    if (body.expiresAt !== undefined && Date.parse(body.expiresAt) <= this.clock.now().getTime()) {
      const problem = 'expiresAt must be in the future';
      throw new ApiError(400, 'VALIDATION_FAILED', problem, { fields: [{ field: 'expiresAt', problems: [problem] }] });
    }
    if (body.district !== undefined && NATIONWIDE_ROLES.includes(body.role)) {
      const problem = `district must be absent: a ${body.role} is nationwide`;
      throw new ApiError(400, 'VALIDATION_FAILED', problem, { fields: [{ field: 'district', problems: [problem] }] });
    }
    const { user, token } = await this.users.create(
      { name: body.name, role: body.role, district: body.district ?? null, agency: body.agency ?? null, expiresAt: body.expiresAt ?? null },
      admin.userId,
    );
    return { userId: user.userId, token, expiresAt: user.expiresAt };
  }

  @Post(':userId/revocation')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: "Revoke a user's token: it stops working at once, for good" })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse({ description: 'USER_NOT_FOUND' })
  async revoke(@Param('userId', uuid) userId: string, @CurrentUser() admin: User): Promise<UserDto> {
    const user = await this.users.revoke(userId.toLowerCase(), admin.userId);
    if (!user) throw new ApiError(404, 'USER_NOT_FOUND', `no user ${userId}`);
    return { ...user };
  }
}

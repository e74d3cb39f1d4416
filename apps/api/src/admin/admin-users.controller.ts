import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { UsersRepository, type User } from '@casetrail/users';
import { CreatedUserDto, CreateUserDto } from './create-user.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersRepository) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiCreatedResponse({ type: CreatedUserDto })
  async create(@Body() body: CreateUserDto, @CurrentUser() admin: User): Promise<CreatedUserDto> {
    const { user, token } = await this.users.create(
      { name: body.name, role: body.role, district: body.district ?? null },
      admin.userId,
    );
    return { userId: user.userId, token };
  }
}

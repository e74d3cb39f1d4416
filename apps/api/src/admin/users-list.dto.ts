import { ApiProperty, OmitType } from '@nestjs/swagger';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';
import type { ExportFormat } from '../exports/export-formats';
import { UserDto } from './create-user.dto';
import { DistrictFilter, ListExportFormat, PageCursor, PageLimit } from '../http/validation/query-fields';
import { OptionalOneOf } from '../http/validation/one-of';

export class UsersQueryDto {
  @OptionalOneOf(ROLES)
  role?: Role;

  @DistrictFilter()
  district?: District;

  @PageLimit()
  limit?: string;

  @PageCursor(200, "Opaque: the previous page's nextCursor; it pins the list as it stood at the first page")
  cursor?: string;

  @ListExportFormat()
  format?: ExportFormat;
}

export class UsersFiltersDto {
  @ApiProperty({ enum: ROLES, nullable: true, type: String }) role!: Role | null;
  @ApiProperty({ enum: DISTRICTS, nullable: true, type: String }) district!: District | null;
}

/** A user as the list shows it: who they are, never their token or its expiry. */
export class ListedUserDto extends OmitType(UserDto, ['expiresAt'] as const) {}

export class UsersPageDto {
  @ApiProperty({ type: () => [ListedUserDto], description: 'Users in the order they were created, revoked ones included' })
  items!: ListedUserDto[];
  @ApiProperty({ type: String, nullable: true, description: 'The next page, or null on the last' }) nextCursor!: string | null;
  @ApiProperty({ type: () => UsersFiltersDto }) filters!: UsersFiltersDto;
}


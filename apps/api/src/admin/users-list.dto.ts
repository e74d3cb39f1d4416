import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/export-formats';

export class UsersQueryDto {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: DISTRICTS, description: 'A district-scoped caller always gets their own' })
  @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ type: String, description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor; it pins the list as it stood at the first page" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'The list as `csv`; the same as `Accept: text/csv` (docs/exports.md)' })
  @IsOptional() @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class UsersFiltersDto {
  @ApiProperty({ enum: ROLES, nullable: true, type: String }) role!: Role | null;
  @ApiProperty({ enum: DISTRICTS, nullable: true, type: String }) district!: District | null;
}

/** A user as the list shows it: who they are, never their token or its expiry. */
export class ListedUserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: DISTRICTS, nullable: true, type: String }) district!: District | null;
  @ApiProperty({ type: String, nullable: true }) agency!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) revokedAt!: string | null;
}

export class UsersPageDto {
  @ApiProperty({ type: () => [ListedUserDto], description: 'Users in the order they were created, revoked ones included' })
  items!: ListedUserDto[];
  @ApiProperty({ type: String, nullable: true, description: 'The next page, or null on the last' }) nextCursor!: string | null;
  @ApiProperty({ type: () => UsersFiltersDto }) filters!: UsersFiltersDto;
}


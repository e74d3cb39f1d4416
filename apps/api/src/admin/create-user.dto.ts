import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';
import { IsTimestamp } from '../http/validation/formats';
import { IsText } from '../http/validation/text';
import { OneOf } from '../http/validation/one-of';

export class CreateUserDto {
  @ApiProperty({ maxLength: 200 }) @IsText()
  name!: string;

  @OneOf(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: DISTRICTS, description: 'Absent: nationwide' }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ maxLength: 200, example: 'Lesotho Mounted Police Service, Maseru', description: 'The agency the user works for' })
  @IsOptional() @IsText()
  agency?: string;

  @ApiPropertyOptional({ example: '2027-06-30T17:00:00+02:00', description: 'When the token stops working (in the future); absent: never' })
  @IsOptional() @IsTimestamp()
  expiresAt?: string;
}

export class CreatedUserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored' }) token!: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the token stops working' }) expiresAt!: string | null;
}

/** A user as an admin sees it; never its token. */
export class UserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: DISTRICTS, nullable: true, type: String }) district!: District | null;
  @ApiProperty({ type: String, nullable: true }) agency!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) expiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the token was revoked; it opens nothing since' }) revokedAt!: string | null;
}

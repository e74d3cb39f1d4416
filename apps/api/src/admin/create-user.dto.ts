import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';

export class CreateUserDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: ROLES }) @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: DISTRICTS, description: 'Absent: nationwide' }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;
}

export class CreatedUserDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored' }) token!: string;
}

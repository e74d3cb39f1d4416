import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICTS, ROLES, type District, type Role } from '@casetrail/domain';
import { IsText } from '../http/validation/text';

export class CreateUserDto {
  @ApiProperty({ maxLength: 200 }) @IsText()
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

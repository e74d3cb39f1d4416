import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDay } from '../../http/validation/formats';

/** A person's identifying details: encrypted before they reach an event, erasable. */
export class PersonalDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200)
  fullName?: string;

  @ApiPropertyOptional({ example: '1990-05-01' }) @IsOptional() @IsCalendarDay()
  dateOfBirth?: string;

  @ApiPropertyOptional({ maxLength: 64 }) @IsOptional() @IsString() @Length(1, 64)
  idNumber?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200)
  contact?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDay } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';

/** A person's identifying details: encrypted before they reach an event, erasable. */
export class PersonalDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  fullName?: string;

  @ApiPropertyOptional({ example: '1990-05-01' }) @IsOptional() @IsCalendarDay()
  dateOfBirth?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  idNumber?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  contact?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DISTRICTS, SUMMONS_STATUSES, type District } from '@casetrail/domain';

export class SummonsesQueryDto {
  @ApiPropertyOptional({ enum: SUMMONS_STATUSES }) @IsOptional() @IsIn(SUMMONS_STATUSES)
  status?: (typeof SUMMONS_STATUSES)[number];

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200)
  court?: string;

  @ApiPropertyOptional({ enum: DISTRICTS }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ description: 'Wait until the read model has applied the event at this position' })
  @IsOptional() @Matches(/^\d{1,15}$/)
  minPosition?: string;
}

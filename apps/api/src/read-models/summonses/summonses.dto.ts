import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICTS, SUMMONS_STATUSES, type District, type SummonsStatus } from '@casetrail/domain';
import { IsText } from '../../http/validation/text';
import { ReadModelQueryDto } from '../read-model-query.dto';

export class SummonsesQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ enum: SUMMONS_STATUSES }) @IsOptional() @IsIn(SUMMONS_STATUSES)
  status?: SummonsStatus;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  court?: string;

  @ApiPropertyOptional({ enum: DISTRICTS }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;
}

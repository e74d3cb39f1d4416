import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import { ReadModelQueryDto } from '../read-model-query.dto';

export class DppBacklogQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ enum: DISTRICTS }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;
}

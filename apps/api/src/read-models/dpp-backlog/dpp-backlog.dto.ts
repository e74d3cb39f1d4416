import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import { IsTimestamp } from '../../http/validation/formats';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';

export const BACKLOG_SORTS = sortsOf(['daysPending']);

export class DppBacklogQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: DISTRICTS, description: 'A district-scoped caller always gets their own' })
  @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ description: 'The backlog as the world stood then (events that occurred by then, as known now); days counted to that day' })
  @IsOptional() @IsTimestamp()
  asOf?: string;

  @ApiPropertyOptional({ description: 'The backlog as the record stood then (events recorded by then)' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;

  @ApiPropertyOptional({ enum: BACKLOG_SORTS, description: 'Default `-daysPending` (longest waiting first)' })
  @IsOptional() @IsIn(BACKLOG_SORTS)
  sort?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { District } from '@casetrail/domain';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';
import { DistrictFilter, OptionalMoment } from '../../http/validation/query-fields';

export const BACKLOG_SORTS = sortsOf(['daysPending']);

export class DppBacklogQueryDto extends ListQueryDto {
  @DistrictFilter()
  district?: District;

  @OptionalMoment('The backlog as the world stood then (events that occurred by then, as known now); days counted to that day')
  asOf?: string;

  @OptionalMoment('The backlog as the record stood then (events recorded by then)')
  knownAt?: string;

  @ApiPropertyOptional({ enum: BACKLOG_SORTS, description: 'Default `-daysPending` (longest waiting first)' })
  @IsOptional() @IsIn(BACKLOG_SORTS)
  sort?: string;
}

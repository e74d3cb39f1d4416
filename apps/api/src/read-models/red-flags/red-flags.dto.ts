import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { District } from '@casetrail/domain';
import { FLAG_KINDS, type FlagKind } from '@casetrail/reporting';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';
import { DistrictFilter, ListSort, OptionalMoment } from '../../http/validation/query-fields';
import { OptionalOneOf } from '../../http/validation/one-of';

export const FLAG_SORTS = sortsOf(['raisedAt']);

export class RedFlagsQueryDto extends ListQueryDto {
  @OptionalOneOf(FLAG_KINDS)
  kind?: FlagKind;

  @DistrictFilter()
  district?: District;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: open flags only (default: all)' })
  @IsOptional() @IsIn(['true', 'false'])
  open?: 'true' | 'false';

  @OptionalMoment('The flags as they stood then (default: now); time-based flags are raised by the day')
  asOf?: string;

  @OptionalMoment('As the record stood then: only events and corrections recorded by then')
  knownAt?: string;

  @ListSort(FLAG_SORTS, 'Default `-raisedAt` (latest first)')
  sort?: string;
}

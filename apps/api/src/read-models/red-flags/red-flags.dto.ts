import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import { FLAG_KINDS, type FlagKind } from '@casetrail/reporting';
import { IsTimestamp } from '../../http/validation/formats';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';

export const FLAG_SORTS = sortsOf(['raisedAt']);

export class RedFlagsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: FLAG_KINDS }) @IsOptional() @IsIn(FLAG_KINDS)
  kind?: FlagKind;

  @ApiPropertyOptional({ enum: DISTRICTS, description: 'A district-scoped caller always gets their own' })
  @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: open flags only (default: all)' })
  @IsOptional() @IsIn(['true', 'false'])
  open?: 'true' | 'false';

  @ApiPropertyOptional({ description: 'The flags as they stood then (default: now); time-based flags are raised by the day' })
  @IsOptional() @IsTimestamp()
  asOf?: string;

  @ApiPropertyOptional({ description: 'As the record stood then: only events and corrections recorded by then' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;

  @ApiPropertyOptional({ enum: FLAG_SORTS, description: 'Default `-raisedAt` (latest first)' })
  @IsOptional() @IsIn(FLAG_SORTS)
  sort?: string;
}

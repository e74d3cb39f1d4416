import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import { FLAG_KINDS, type FlagKind } from '@casetrail/reporting';
import { IsTimestamp } from '../../http/validation/formats';
import { ReadModelQueryDto } from '../read-model-query.dto';

export const FLAG_SORTS = ['raisedAt', '-raisedAt'] as const;

export class RedFlagsQueryDto extends ReadModelQueryDto {
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
  sort?: (typeof FLAG_SORTS)[number];

  @ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,2}$', description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,512}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;
}

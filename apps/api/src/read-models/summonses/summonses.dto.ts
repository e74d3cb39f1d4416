import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SUMMONS_STATUSES, type District, type SummonsStatus } from '@casetrail/domain';
import { IsText } from '../../http/validation/text';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';
import { DistrictFilter, ListSort, OptionalMoment } from '../../http/validation/query-fields';
import { OptionalOneOf } from '../../http/validation/one-of';

export const SUMMONS_SORTS = sortsOf(['returnDate', 'issuedAt']);

export class SummonsesQueryDto extends ListQueryDto {
  @OptionalOneOf(SUMMONS_STATUSES)
  status?: SummonsStatus;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  court?: string;

  @DistrictFilter()
  district?: District;

  @ApiPropertyOptional({ type: String, pattern: '^[0-9]{1,4}$', description: 'Not served, returnable within N days of the day seen at' })
  @IsOptional() @Matches(/^\d{1,4}$/, { message: 'dueWithinDays must be a whole number of days from 0 to 9999' })
  dueWithinDays?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: served after the return date only; `false`: all but those' })
  @IsOptional() @IsIn(['true', 'false'])
  servedLate?: 'true' | 'false';

  @OptionalMoment('The summonses as the world stood then (events that occurred by then, as known now)')
  asOf?: string;

  @OptionalMoment('The summonses as the record stood then (events recorded by then)')
  knownAt?: string;

  @ListSort(SUMMONS_SORTS, 'Default `returnDate` (earliest first)')
  sort?: string;
}

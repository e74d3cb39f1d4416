import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CASE_STAGES, FORMS, type CaseStage, type District, type Form } from '@casetrail/domain';
import { CASE_SORT_FIELDS } from '@casetrail/read-models';
import { FLAG_KINDS, type FlagKind } from '@casetrail/reporting';
import { IsCalendarDay } from '../../http/validation/formats';
import { ListQueryDto, sortsOf } from '../lists/list-query.dto';
import { DistrictFilter, ListSort, OptionalMoment } from '../../http/validation/query-fields';
import { OptionalOneOf } from '../../http/validation/one-of';

export const CASE_SORTS = sortsOf(CASE_SORT_FIELDS);

export class CaseListQueryDto extends ListQueryDto {
  @DistrictFilter()
  district?: District;

  @OptionalOneOf(CASE_STAGES)
  stage?: CaseStage;

  @OptionalOneOf(FORMS)
  form?: Form;

  @ApiPropertyOptional({ description: 'Referred on or after this Lesotho day (YYYY-MM-DD)' }) @IsOptional() @IsCalendarDay()
  referredFrom?: string;

  @ApiPropertyOptional({ description: 'Referred on or before this Lesotho day (YYYY-MM-DD)' }) @IsOptional() @IsCalendarDay()
  referredTo?: string;

  @ApiPropertyOptional({ enum: FLAG_KINDS, description: 'Only cases with a red flag of this kind open' })
  @IsOptional() @IsIn(FLAG_KINDS)
  flag?: FlagKind;

  @OptionalMoment('The list as the world stood then (events that occurred by then, as known now)')
  asOf?: string;

  @OptionalMoment('The list as the record stood then (events recorded by then)')
  knownAt?: string;

  @ListSort(CASE_SORTS, 'Default `referredAt` (earliest first); `-field` for descending')
  sort?: string;
}

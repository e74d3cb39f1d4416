import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CASE_STAGES, DISTRICTS, FORMS, type CaseStage, type District, type Form } from '@casetrail/domain';
import { ReadModelQueryDto } from '../read-model-query.dto';
import { OptionalMoment } from '../../http/validation/query-fields';
import { OptionalOneOf } from '../../http/validation/one-of';

export class CaseloadQueryDto extends ReadModelQueryDto {
  @OptionalOneOf(DISTRICTS)
  district?: District;

  @OptionalOneOf(CASE_STAGES)
  stage?: CaseStage;

  @OptionalOneOf(FORMS)
  form?: Form;

  @ApiPropertyOptional({
    example: '2021-22',
    description: 'Adds, per district, clearance (cases referred, cases closed or decided by the DPP, their ratio) and pendingAge (median and 90th percentile days of the cases open at its end), after NCSC CourTools 2 and 4',
  })
  @IsOptional() @Matches(/^\d{4}-\d{2}$/, { message: 'period must look like 2021-22' })
  period?: string;

  @OptionalMoment('The counts (and measures) as the world stood then: events that occurred by then, as known now')
  asOf?: string;

  @OptionalMoment('The counts (and measures) as the record stood then: events recorded by then')
  knownAt?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CASE_STAGES, DISTRICTS, FORMS, type CaseStage, type District, type Form } from '@casetrail/domain';
import { ReadModelQueryDto } from '../read-model-query.dto';

export class CaseloadQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ enum: DISTRICTS }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ enum: CASE_STAGES }) @IsOptional() @IsIn(CASE_STAGES)
  stage?: CaseStage;

  @ApiPropertyOptional({ enum: FORMS }) @IsOptional() @IsIn(FORMS)
  form?: Form;
}

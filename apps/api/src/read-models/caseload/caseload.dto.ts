import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CASE_STAGES, DISTRICTS, FORMS, type CaseStage, type District, type Form } from '@casetrail/domain';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ enum: DISTRICTS }) @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ enum: CASE_STAGES }) @IsOptional() @IsIn(CASE_STAGES)
  stage?: CaseStage;

  @ApiPropertyOptional({ enum: FORMS }) @IsOptional() @IsIn(FORMS)
  form?: Form;

  @ApiPropertyOptional({ description: 'Wait until the read model has applied the event at this position' })
  @IsOptional() @Matches(/^\d{1,15}$/)
  minPosition?: string;
}

export interface Caseload {
  total: number;
  byStage: Record<string, number>;
  byDistrict: Record<string, number>;
  byForm: Record<string, number>;
  filters: { district: string | null; stage: string | null; form: string | null };
}

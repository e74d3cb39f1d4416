import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { APPEAL_OUTCOMES, APPELLANTS, STATUTES, VERDICT_OUTCOMES, type AppealOutcome, type Appellant, type Statute, type VerdictOutcome } from '@casetrail/domain';
import { IsCalendarDay, REF_PATTERN } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';
import { OccurredAtDto } from './occurred-at.dto';
import { OneOf } from '../../http/validation/one-of';

export class DeliverVerdictDto extends OccurredAtDto {
  @OneOf(VERDICT_OUTCOMES)
  outcome!: VerdictOutcome;

  @OneOf(STATUTES)
  statute!: Statute;

  @ApiPropertyOptional({ description: 'A verdict on a guilty plea needs no trial' }) @IsOptional() @IsBoolean()
  guiltyPlea?: boolean;
}

export class ImposeSentenceDto extends OccurredAtDto {
  @ApiProperty({ minimum: 0, maximum: 1200 }) @IsInt() @Min(0) @Max(1200)
  imprisonmentMonths!: number;

  @ApiProperty({ minimum: 0, maximum: 1200 }) @IsInt() @Min(0) @Max(1200)
  suspendedMonths!: number;

  @ApiPropertyOptional({ minimum: 0, description: 'In maloti' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12)
  fine?: number;

  @ApiProperty() @IsBoolean()
  fineInLieuOfPrison!: boolean;
}

export class FileAppealDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  appealRef?: string;

  @ApiProperty({ pattern: REF_PATTERN.source }) @Matches(REF_PATTERN)
  suspectRef!: string;

  @OneOf(APPELLANTS)
  appellant!: Appellant;
}

export class DecideAppealDto extends OccurredAtDto {
  @OneOf(APPEAL_OUTCOMES)
  outcome!: AppealOutcome;
}

export class RecordAppearanceDto extends OccurredAtDto {
  @ApiPropertyOptional({ maxLength: 200, example: 'Maseru Magistrate Court' }) @IsOptional() @IsText()
  court?: string;
}

export class AdjournHearingDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 2000 }) @IsText()
  reason!: string;

  @ApiPropertyOptional({ example: '2021-12-01', description: 'The date the hearing resumes (Lesotho)' })
  @IsOptional() @IsCalendarDay()
  adjournedTo?: string;
}

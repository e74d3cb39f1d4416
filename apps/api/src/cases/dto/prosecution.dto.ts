import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  DPP_DECISIONS, FORUMS, SERVICE_OUTCOMES, STATUTES,
  type DppDecision, type Forum, type ServiceOutcome, type Statute,
} from '@casetrail/domain';
import { IsCalendarDay, REF_PATTERN } from '../../http/validation/formats';
import { OccurredAtDto } from './occurred-at.dto';
import { IsText } from '../../http/validation/text';

export class RecordDppDecisionDto extends OccurredAtDto {
  @ApiProperty({ enum: DPP_DECISIONS }) @IsIn(DPP_DECISIONS)
  decision!: DppDecision;

  @ApiPropertyOptional({ enum: FORUMS }) @IsOptional() @IsIn(FORUMS)
  forum?: Forum;
}

export class FileChargesDto extends OccurredAtDto {
  @ApiProperty({ enum: STATUTES }) @IsIn(STATUTES)
  statute!: Statute;

  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsInt() @Min(1) @Max(1000)
  counts!: number;
}

export class IssueSummonsDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  summonsRef?: string;

  @ApiProperty({ pattern: REF_PATTERN.source }) @Matches(REF_PATTERN)
  suspectRef!: string;

  @ApiProperty({ maxLength: 200, example: 'Maseru Magistrate Court' }) @IsText()
  court!: string;

  @ApiProperty({ example: '2021-12-01' }) @IsCalendarDay()
  returnDate!: string;
}

export class RecordSummonsServiceDto extends OccurredAtDto {
  @ApiProperty({ enum: SERVICE_OUTCOMES }) @IsIn(SERVICE_OUTCOMES)
  outcome!: ServiceOutcome;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  note?: string;
}

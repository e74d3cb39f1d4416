import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DPP_DECISIONS, FORUMS, SERVICE_OUTCOMES, STATUTES, type DppDecision, type Forum, type ServiceOutcome, type Statute } from '@casetrail/domain';
import { IsCalendarDay, REF_PATTERN } from '../../http/validation/formats';
import { OccurredAtDto } from './occurred-at.dto';
import { IsText } from '../../http/validation/text';
import { OneOf, OptionalOneOf } from '../../http/validation/one-of';

export class RecordDppDecisionDto extends OccurredAtDto {
  @OneOf(DPP_DECISIONS)
  decision!: DppDecision;

  @OptionalOneOf(FORUMS)
  forum?: Forum;
}

export class FileChargesDto extends OccurredAtDto {
  @OneOf(STATUTES)
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
  @OneOf(SERVICE_OUTCOMES)
  outcome!: ServiceOutcome;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  note?: string;
}

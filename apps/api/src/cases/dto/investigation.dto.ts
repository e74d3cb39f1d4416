import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsNotEmptyObject, IsNumber, IsObject, IsOptional, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { NATIONALITIES, SEXES, type Sex } from '@casetrail/domain';
import { REF_PATTERN } from '../../http/validation/formats';
import { OccurredAtDto } from './occurred-at.dto';
import { PersonalDto } from './personal.dto';
import { IsText } from '../../http/validation/text';
import { OneOf } from '../../http/validation/one-of';

export class OpenInvestigationDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 200 }) @IsText()
  unit!: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  leadOfficer?: string;
}

export class IdentifySuspectDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  suspectRef?: string;

  @OneOf(SEXES)
  sex!: Sex;

  @ApiProperty({ enum: NATIONALITIES, example: 'LS', description: 'ISO 3166-1 alpha-2' }) @IsIn(NATIONALITIES)
  nationality!: string;

  @ApiProperty() @IsBoolean()
  isGovernmentOfficial!: boolean;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  officialAgency?: string;

  @ApiPropertyOptional({ type: PersonalDto, description: 'At least one field; encrypted, never stored in plain text' })
  @IsOptional() @IsObject() @IsNotEmptyObject({ nullable: false }) @ValidateNested() @Type(() => PersonalDto)
  personal?: PersonalDto;
}

export class AllegeComplicityDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 200, description: "The official's agency" }) @IsText()
  agency!: string;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  summary?: string;
}

export class GrantBailDto extends OccurredAtDto {
  @ApiPropertyOptional({ minimum: 0, description: 'In maloti' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1e12)
  amount?: number;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  conditions?: string;
}

/** The docket reported missing, or reconstructed. */
export class DocketNoteDto extends OccurredAtDto {
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  note?: string;
}

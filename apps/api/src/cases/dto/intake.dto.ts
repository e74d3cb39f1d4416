import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmptyObject, IsObject, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import {
  AGE_GROUPS, DISTRICTS, FORMS, IDENTIFIED_BY, NATIONALITIES, PROTECTION_SERVICES, SEXES, SOURCES, VICTIM_COOPERATIONS,
  type AgeGroup, type District, type Form, type IdentifiedBy, type ProtectionService, type Sex, type Source,
  type VictimCooperation,
} from '@casetrail/domain';
import { REF_PATTERN } from '../../http/validation/formats';
import { OccurredAtDto } from './occurred-at.dto';
import { PersonalDto } from './personal.dto';
import { IsText } from '../../http/validation/text';
import { OneOf } from '../../http/validation/one-of';

export class ReferCaseDto extends OccurredAtDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  caseId?: string;

  @OneOf(SOURCES)
  source!: Source;

  @OneOf(DISTRICTS)
  district!: District;

  @OneOf(FORMS)
  form!: Form;

  @ApiPropertyOptional({ maxLength: 2000, description: 'No personal data here: it is not encrypted' })
  @IsOptional() @IsText()
  summary?: string;
}

export class IdentifyVictimDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  victimRef?: string;

  @OneOf(SEXES)
  sex!: Sex;

  @OneOf(AGE_GROUPS)
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: NATIONALITIES, example: 'LS', description: 'ISO 3166-1 alpha-2' }) @IsIn(NATIONALITIES)
  nationality!: string;

  @OneOf(FORMS)
  form!: Form;

  @OneOf(IDENTIFIED_BY)
  identifiedBy!: IdentifiedBy;

  @ApiPropertyOptional({ type: PersonalDto, description: 'At least one field; encrypted, never stored in plain text' })
  @IsOptional() @IsObject() @IsNotEmptyObject({ nullable: false }) @ValidateNested() @Type(() => PersonalDto)
  personal?: PersonalDto;
}

/** A service a victim is referred to, or (protection) actually given. */
export class ReferVictimDto extends OccurredAtDto {
  @OneOf(PROTECTION_SERVICES)
  service!: ProtectionService;

  @ApiProperty({ maxLength: 200 }) @IsText()
  provider!: string;

  @ApiProperty() @IsBoolean()
  governmentFunded!: boolean;
}

export class RepatriateVictimDto extends OccurredAtDto {
  @ApiProperty({ enum: NATIONALITIES, example: 'ZA', description: 'ISO 3166-1 alpha-2' }) @IsIn(NATIONALITIES)
  destination!: string;

  @ApiProperty() @IsBoolean()
  governmentFunded!: boolean;
}

export class VictimCooperationDto extends OccurredAtDto {
  @OneOf(VICTIM_COOPERATIONS)
  cooperation!: VictimCooperation;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  note?: string;
}

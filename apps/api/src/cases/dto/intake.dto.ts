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

export class ReferCaseDto extends OccurredAtDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  caseId?: string;

  @ApiProperty({ enum: SOURCES }) @IsIn(SOURCES)
  source!: Source;

  @ApiProperty({ enum: DISTRICTS }) @IsIn(DISTRICTS)
  district!: District;

  @ApiProperty({ enum: FORMS }) @IsIn(FORMS)
  form!: Form;

  @ApiPropertyOptional({ maxLength: 2000, description: 'No personal data here: it is not encrypted' })
  @IsOptional() @IsText()
  summary?: string;
}

export class IdentifyVictimDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  victimRef?: string;

  @ApiProperty({ enum: SEXES }) @IsIn(SEXES)
  sex!: Sex;

  @ApiProperty({ enum: AGE_GROUPS }) @IsIn(AGE_GROUPS)
  ageGroup!: AgeGroup;

  @ApiProperty({ enum: NATIONALITIES, example: 'LS', description: 'ISO 3166-1 alpha-2' }) @IsIn(NATIONALITIES)
  nationality!: string;

  @ApiProperty({ enum: FORMS }) @IsIn(FORMS)
  form!: Form;

  @ApiProperty({ enum: IDENTIFIED_BY }) @IsIn(IDENTIFIED_BY)
  identifiedBy!: IdentifiedBy;

  @ApiPropertyOptional({ type: PersonalDto, description: 'At least one field; encrypted, never stored in plain text' })
  @IsOptional() @IsObject() @IsNotEmptyObject({ nullable: false }) @ValidateNested() @Type(() => PersonalDto)
  personal?: PersonalDto;
}

/** A service a victim is referred to, or (protection) actually given. */
export class ReferVictimDto extends OccurredAtDto {
  @ApiProperty({ enum: PROTECTION_SERVICES }) @IsIn(PROTECTION_SERVICES)
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
  @ApiProperty({ enum: VICTIM_COOPERATIONS }) @IsIn(VICTIM_COOPERATIONS)
  cooperation!: VictimCooperation;

  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsText()
  note?: string;
}

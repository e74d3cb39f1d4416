import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmptyObject, IsObject, IsOptional, Matches, ValidateNested } from 'class-validator';
import { NATIONALITIES, SEXES, type Sex } from '@casetrail/domain';
import { REF_PATTERN } from '../../http/validation/formats';
import { OccurredAtDto } from './occurred-at.dto';
import { PersonalDto } from './personal.dto';
import { IsText } from '../../http/validation/text';

export class OpenInvestigationDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 200 }) @IsText()
  unit!: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  leadOfficer?: string;
}

export class IdentifySuspectDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  suspectRef?: string;

  @ApiProperty({ enum: SEXES }) @IsIn(SEXES)
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

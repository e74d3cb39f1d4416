import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { NATIONALITIES, SEXES, type Sex } from '@casetrail/domain';
import { REF_PATTERN } from '../../http/validation/formats';
import { OccurredAtDto } from './occurred-at.dto';
import { PersonalDto } from './personal.dto';

export class OpenInvestigationDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @Length(1, 200)
  unit!: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200)
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

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @Length(1, 200)
  officialAgency?: string;

  @ApiPropertyOptional({ type: PersonalDto }) @IsOptional() @ValidateNested() @Type(() => PersonalDto)
  personal?: PersonalDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsUUID, Matches } from 'class-validator';
import { REF_PATTERN } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';
import { OccurredAtDto } from './occurred-at.dto';

const SHA256_PATTERN = /^[0-9a-fA-F]{64}$/;

export class CorrectEventDto {
  @ApiProperty({ format: 'uuid', description: 'The event being corrected' }) @IsUUID()
  eventId!: string;

  @ApiProperty({ maxLength: 2000 }) @IsText()
  reason!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The corrected fields of that event, validated as that event's command would be",
  })
  @IsObject()
  changes!: Record<string, unknown>;
}

export class ErasePersonalDataDto {
  @ApiProperty({ maxLength: 2000 }) @IsText()
  reason!: string;
}

/** Evidence is recorded by the SHA-256 of its document; the document itself is never sent. */
export class AttachEvidenceDto extends OccurredAtDto {
  @ApiPropertyOptional({ pattern: REF_PATTERN.source }) @IsOptional() @Matches(REF_PATTERN)
  evidenceRef?: string;

  @ApiProperty({ pattern: SHA256_PATTERN.source, description: 'SHA-256 of the document, 64 hex digits' })
  @Matches(SHA256_PATTERN)
  sha256!: string;

  @ApiProperty({ maxLength: 2000 }) @IsText()
  description!: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'application/pdf' }) @IsOptional() @IsText()
  mediaType?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsText()
  custodian?: string;
}

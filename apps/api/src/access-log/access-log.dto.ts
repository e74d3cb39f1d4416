import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/export-formats';
import { IsTimestamp, REF_PATTERN } from '../http/validation/formats';

export class AccessLogQueryDto {
  @ApiPropertyOptional({ description: "Only answers that showed this person's data" })
  @IsOptional() @Matches(REF_PATTERN, { message: 'subjectRef must be a reference' })
  subjectRef?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only answers given to this user' })
  @IsOptional() @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ description: 'Only answers shown at or after this time' })
  @IsOptional() @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'Only answers shown before this time' })
  @IsOptional() @IsTimestamp()
  to?: string;

  @ApiPropertyOptional({ type: String, description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor; it pins the log as it stood at the first page" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;

  @ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'The list as `csv`; the same as `Accept: text/csv` (docs/exports.md)' })
  @IsOptional() @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

/** One answer that showed personal data: who saw whose, on which case, when; the event that seals it. */
export class AccessLogEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The sealed `access` event (prove it with /v1/ledger/proofs/inclusion)' }) eventId!: string;
  @ApiProperty() userId!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: [String] }) subjectRefs!: string[];
  @ApiProperty() shownAt!: string;
}

export class AccessLogFiltersDto {
  @ApiProperty({ type: String, nullable: true }) subjectRef!: string | null;
  @ApiProperty({ type: String, nullable: true }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
}

export class AccessLogPageDto {
  @ApiProperty({ type: () => [AccessLogEntryDto], description: 'Oldest first' }) items!: AccessLogEntryDto[];
  @ApiProperty({ type: String, nullable: true, description: 'The next page, or null on the last' }) nextCursor!: string | null;
  @ApiProperty({ type: () => AccessLogFiltersDto }) filters!: AccessLogFiltersDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import type { ExportFormat } from '../exports/export-formats';
import { REF_PATTERN } from '../http/validation/formats';
import { ListExportFormat, OptionalMoment, PageCursor, PageLimit } from '../http/validation/query-fields';

export class AccessLogQueryDto {
  @ApiPropertyOptional({ description: "Only answers that showed this person's data" })
  @IsOptional() @Matches(REF_PATTERN, { message: 'subjectRef must be a reference' })
  subjectRef?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only answers given to this user' })
  @IsOptional() @IsUUID()
  userId?: string;

  @OptionalMoment('Only answers shown at or after this time')
  from?: string;

  @OptionalMoment('Only answers shown before this time')
  to?: string;

  @PageLimit()
  limit?: string;

  @PageCursor(200, "Opaque: the previous page's nextCursor; it pins the log as it stood at the first page")
  cursor?: string;

  @ListExportFormat()
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

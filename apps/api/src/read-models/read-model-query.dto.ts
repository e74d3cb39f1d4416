import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/export-formats';

/** What every read-model query may ask: to wait until the read models have applied a command's events. */
export class ReadModelQueryDto {
  @ApiPropertyOptional({ description: 'Wait until the read model has applied the event at this position' })
  @IsOptional() @Matches(/^\d{1,15}$/)
  minPosition?: string;

  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    description: 'The answer as `csv` (every list and the report) or `pdf` (the report); the same as `Accept: text/csv` or `application/pdf` (docs/exports.md)',
  })
  @IsOptional() @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

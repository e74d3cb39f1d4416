import { Controller, Get, Inject, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import type { Database } from '@casetrail/database';
import { NationwideGuard } from '../auth/nationwide.guard';
import { Roles } from '../auth/roles.decorator';
import { DATABASE } from '../config/tokens';
import { sealedLogLines } from './event-export';

export const MAX_EXPORTED_LEAVES = 100_000;

export class EventsExportQueryDto {
  @ApiPropertyOptional({ type: String, pattern: '^(0|[1-9][0-9]{0,14})$', description: 'The first leaf index (inclusive, default 0)' })
  @IsOptional() @Matches(/^(0|[1-9]\d{0,14})$/, { message: 'from must be a whole number from 0' })
  from?: string;

  @ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,5}$', description: `At most this many leaves (default and maximum ${MAX_EXPORTED_LEAVES})` })
  @IsOptional() @Matches(/^(?:[1-9]\d{0,4}|100000)$/, { message: `limit must be a whole number from 1 to ${MAX_EXPORTED_LEAVES}` })
  limit?: string;
}

/** The sealed log for auditors who keep a copy and verify it offline (`npm run cli -- ledger verify-export`). */
@ApiTags('ledger')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsExportController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get()
  @Roles('auditor')
  @UseGuards(NationwideGuard)
  @ApiOperation({
    summary: 'The sealed log in leaf order, one NDJSON line per leaf: {leafIndex, eventId, entry} (entry: base64 of the bytes hashed, docs/verification.md)',
    description: 'Nationwide auditors only: the log holds every district (a district-scoped auditor is refused, 403 NATIONWIDE_ONLY).',
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'application/x-ndjson, streamed; ends at the last sealed leaf' })
  events(@Query() query: EventsExportQueryDto): StreamableFile {
    const from = Number(query.from ?? 0);
    const limit = Number(query.limit ?? MAX_EXPORTED_LEAVES);
    return new StreamableFile(sealedLogLines(this.database.pool, from, limit), {
      type: 'application/x-ndjson',
      disposition: `attachment; filename="casetrail-events-${from}.ndjson"`,
    });
  }
}

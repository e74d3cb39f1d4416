import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { REPORT_FIGURE_PATHS } from '@casetrail/reporting';
import { IsTimestamp } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';
import { ReadModelQueryDto } from '../read-model-query.dto';

export class FigureItemsQueryDto extends ReadModelQueryDto {
  @ApiProperty({ example: '2021-22' }) @Matches(/^\d{4}-\d{2}$/)
  period!: string;

  @ApiProperty({ example: 'convictions.total', description: "A report figure's dotted path" })
  @IsText() @IsIn(REPORT_FIGURE_PATHS, { message: 'figure must be a report figure path (convictions.total, summonses.outstandingAtEnd, ...)' })
  figure!: string;

  @ApiPropertyOptional({ description: 'As the record stood then (default: now; a walk through pages keeps its first page\'s)' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;

  @ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,2}$', description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,512}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;
}

export class FigureChangesQueryDto extends ReadModelQueryDto {
  @ApiProperty({ example: '2021-22' }) @Matches(/^\d{4}-\d{2}$/)
  period!: string;

  @ApiProperty({ description: 'The earlier knownAt moment' }) @IsTimestamp()
  from!: string;

  @ApiProperty({ description: 'The later knownAt moment' }) @IsTimestamp()
  to!: string;
}

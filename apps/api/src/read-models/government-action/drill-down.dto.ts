import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { REPORT_FIGURE_PATHS } from '@casetrail/reporting';
import { IsTimestamp } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';
import { ReadModelQueryDto } from '../read-model-query.dto';
import { OptionalMoment, PageCursor, PageLimit } from '../../http/validation/query-fields';

export class FigureItemsQueryDto extends ReadModelQueryDto {
  @ApiProperty({ example: '2021-22' }) @Matches(/^\d{4}-\d{2}$/)
  period!: string;

  @ApiProperty({ example: 'convictions.total', description: "A report figure's dotted path" })
  @IsText() @IsIn(REPORT_FIGURE_PATHS, { message: 'figure must be a report figure path (convictions.total, summonses.outstandingAtEnd, ...)' })
  figure!: string;

  @OptionalMoment('As the record stood then (default: now; a walk through pages keeps its first page\'s)')
  knownAt?: string;

  @PageLimit()
  limit?: string;

  @PageCursor(512)
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

import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ReadModelQueryDto } from '../read-model-query.dto';
import { OptionalMoment } from '../../http/validation/query-fields';

export class GovernmentActionQueryDto extends ReadModelQueryDto {
  @ApiProperty({ example: '2021-22', description: '1 April to 31 March (the 2022 TIP report covers 2021-22)' })
  @Matches(/^\d{4}-\d{2}$/)
  period!: string;

  @OptionalMoment('Count only what was recorded by then (default: now)')
  knownAt?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsTimestamp } from '../../http/validation/formats';
import { ReadModelQueryDto } from '../read-model-query.dto';

export class GovernmentActionQueryDto extends ReadModelQueryDto {
  @ApiProperty({ example: '2021-22', description: '1 April to 31 March (the 2022 TIP report covers 2021-22)' })
  @Matches(/^\d{4}-\d{2}$/)
  period!: string;

  @ApiPropertyOptional({ description: 'Count only what was recorded by then (default: now)' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

/** What every read-model query may ask: to wait until the read models have applied a command's events. */
export class ReadModelQueryDto {
  @ApiPropertyOptional({ description: 'Wait until the read model has applied the event at this position' })
  @IsOptional() @Matches(/^\d{1,15}$/)
  minPosition?: string;
}

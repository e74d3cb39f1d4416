import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { OptionalMoment } from '../../http/validation/query-fields';

/** Time travel: the world as it stood (`asOf`), the record as it stood (`knownAt`), the first N events (`version`). */
export class CaseViewQueryDto {
  @OptionalMoment('Fold only the events that occurred by then (as known now)')
  asOf?: string;

  @OptionalMoment('Fold only the events recorded by then')
  knownAt?: string;

  @ApiPropertyOptional({ description: 'Fold only the first N events', type: String, pattern: '^[1-9][0-9]{0,8}$' })
  @IsOptional() @Matches(/^[1-9]\d{0,8}$/, { message: 'version must be a whole number from 1' })
  version?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsTimestamp } from '../../http/validation/formats';

/** Every command says when its action happened in the world. */
export class OccurredAtDto {
  @ApiProperty({ example: '2021-11-08T09:30:00+02:00', description: 'When it happened (ISO 8601 with offset)' })
  @IsTimestamp()
  occurredAt!: string;
}

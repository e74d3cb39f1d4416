import { ApiProperty } from '@nestjs/swagger';
import { OccurredAtDto } from './occurred-at.dto';
import { IsText } from '../../http/validation/text';

export class ReasonDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 2000 }) @IsText()
  reason!: string;
}

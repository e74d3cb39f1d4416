import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsUUID } from 'class-validator';
import { IsText } from '../../http/validation/text';

export class CorrectEventDto {
  @ApiProperty({ format: 'uuid', description: 'The event being corrected' }) @IsUUID()
  eventId!: string;

  @ApiProperty({ maxLength: 2000 }) @IsText()
  reason!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The corrected fields of that event, validated as that event's command would be",
  })
  @IsObject()
  changes!: Record<string, unknown>;
}

export class ErasePersonalDataDto {
  @ApiProperty({ maxLength: 2000 }) @IsText()
  reason!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsObject, IsString, IsUUID, Length } from 'class-validator';

export class CorrectEventDto {
  @ApiProperty({ format: 'uuid', description: 'The event being corrected' }) @IsUUID()
  eventId!: string;

  @ApiProperty({ maxLength: 1000 }) @IsString() @Length(1, 1000)
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
  @ApiProperty({ maxLength: 1000 }) @IsString() @Length(1, 1000)
  reason!: string;
}

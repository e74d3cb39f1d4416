import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { OccurredAtDto } from './occurred-at.dto';

export class ReasonDto extends OccurredAtDto {
  @ApiProperty({ maxLength: 1000 }) @IsString() @Length(1, 1000)
  reason!: string;
}

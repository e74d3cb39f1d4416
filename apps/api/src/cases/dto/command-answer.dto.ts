import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answer to every command (201). */
export class CommandAnswerDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ description: "The case stream's version after the command" }) version!: number;
  @ApiProperty({ description: 'Global position of the last event written' }) position!: number;
  @ApiProperty({ type: [String] }) eventIds!: string[];
  @ApiPropertyOptional() victimRef?: string;
  @ApiPropertyOptional() suspectRef?: string;
  @ApiPropertyOptional() summonsRef?: string;
  @ApiPropertyOptional() appealRef?: string;
  @ApiPropertyOptional() evidenceRef?: string;
  @ApiPropertyOptional({ description: "The person's handle for erasure, when personal data was given" })
  subjectRef?: string;
}

export class ErrorDto {
  @ApiProperty() statusCode!: number;
  @ApiProperty() error!: string;
  @ApiProperty({ example: 'SUMMONS_ALREADY_SERVED' }) code!: string;
  @ApiProperty() message!: string;
}

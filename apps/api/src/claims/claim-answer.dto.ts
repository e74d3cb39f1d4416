import { ApiProperty } from '@nestjs/swagger';

/** The answer to `POST /v1/claims` (201). */
export class ClaimAnswerDto {
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ description: "The claim stream's version after the command (1)" }) version!: number;
  @ApiProperty({ description: 'Global position of the event written (for ?minPosition=)' }) position!: number;
  @ApiProperty({ type: [String], description: 'The ClaimMade event' }) eventIds!: string[];
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ReadModelQueryDto } from '../read-models/read-model-query.dto';

export const CLAIM_SORTS = ['madeAt', '-madeAt', 'recordedAt', '-recordedAt'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export class ClaimsQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_SORTS, description: 'Default `-madeAt` (latest made first)' })
  @IsOptional() @IsIn(CLAIM_SORTS)
  sort?: ClaimSort;

  @ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,2}$', description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,512}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;
}

/** `?minPosition=` alone, for one claim. */
export class ClaimQueryDto extends ReadModelQueryDto {}

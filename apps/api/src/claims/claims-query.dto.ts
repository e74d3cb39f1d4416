import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ReadModelQueryDto } from '../read-models/read-model-query.dto';
import { PageCursor, PageLimit } from '../http/validation/query-fields';

export const CLAIM_SORTS = ['madeAt', '-madeAt', 'recordedAt', '-recordedAt'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export class ClaimsQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ enum: CLAIM_SORTS, description: 'Default `-madeAt` (latest made first)' })
  @IsOptional() @IsIn(CLAIM_SORTS)
  sort?: ClaimSort;

  @PageLimit()
  limit?: string;

  @PageCursor(512)
  cursor?: string;
}

/** `?minPosition=` alone, for one claim. */
export class ClaimQueryDto extends ReadModelQueryDto {}

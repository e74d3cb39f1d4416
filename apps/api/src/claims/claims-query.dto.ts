import { ReadModelQueryDto } from '../read-models/read-model-query.dto';
import { ListSort, PageCursor, PageLimit } from '../http/validation/query-fields';

export const CLAIM_SORTS = ['madeAt', '-madeAt', 'recordedAt', '-recordedAt'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export class ClaimsQueryDto extends ReadModelQueryDto {
  @ListSort(CLAIM_SORTS, 'Default `-madeAt` (latest made first)')
  sort?: ClaimSort;

  @PageLimit()
  limit?: string;

  @PageCursor(512)
  cursor?: string;
}

/** `?minPosition=` alone, for one claim. */
export class ClaimQueryDto extends ReadModelQueryDto {}

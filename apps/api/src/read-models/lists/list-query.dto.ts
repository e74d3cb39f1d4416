import { PageCursor, PageLimit } from '../../http/validation/query-fields';
import { ReadModelQueryDto } from '../read-model-query.dto';

/** The sort values a list allows: each field ascending, or descending with a leading `-`. */
export const sortsOf = (fields: readonly string[]): readonly string[] => [...fields, ...fields.map((field) => `-${field}`)];

/** What every list takes (api.md "Lists"): a page size and the previous page's cursor. */
export class ListQueryDto extends ReadModelQueryDto {
  @PageLimit()
  limit?: string;

  @PageCursor(200, "Opaque: the previous page's nextCursor; it pins the list as it stood at the first page")
  cursor?: string;
}

export const DEFAULT_LIMIT = 50;

export const limitOf = (query: ListQueryDto) => Number(query.limit ?? DEFAULT_LIMIT);

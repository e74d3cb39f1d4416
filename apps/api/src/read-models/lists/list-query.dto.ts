import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ReadModelQueryDto } from '../read-model-query.dto';

/** The sort values a list allows: each field ascending, or descending with a leading `-`. */
export const sortsOf = (fields: readonly string[]): readonly string[] => [...fields, ...fields.map((field) => `-${field}`)];

/** What every list takes (api.md "Lists"): a page size and the previous page's cursor. */
export class ListQueryDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,2}$', description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor; it pins the list as it stood at the first page" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,200}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;
}

export const DEFAULT_LIMIT = 50;

export const limitOf = (query: ListQueryDto) => Number(query.limit ?? DEFAULT_LIMIT);

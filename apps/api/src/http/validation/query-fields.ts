import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DISTRICTS } from '@casetrail/domain';
import { EXPORT_FORMATS } from '../../exports/export-formats';
import { IsTimestamp } from './formats';

/** `?limit=`: a page of 1 to 500 items (api.md "Lists"). */
export const PageLimit = (description = '1 to 500 (default 50)') =>
  applyDecorators(
    ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,2}$', description }),
    IsOptional(), Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' }),
  );

/** `?cursor=`: the previous page's nextCursor, as given (opaque; a list says how long its cursors grow). */
export const PageCursor = (maxLength: number, description = "Opaque: the previous page's nextCursor") =>
  applyDecorators(
    ApiPropertyOptional({ description }),
    IsOptional(), Matches(new RegExp(`^[A-Za-z0-9_-]{1,${maxLength}}$`), { message: 'cursor must be a nextCursor as given' }),
  );

/** `?sort=`: one of the list's sorts (a field, or `-field` for descending); the description names the default. */
export const ListSort = (sorts: readonly string[], description: string) =>
  applyDecorators(ApiPropertyOptional({ enum: sorts, description }), IsOptional(), IsIn(sorts));

/** `?district=`: one district's cases (a district-scoped caller's own always). */
export const DistrictFilter = (description = 'A district-scoped caller always gets their own') =>
  applyDecorators(ApiPropertyOptional({ enum: DISTRICTS, description }), IsOptional(), IsIn(DISTRICTS));

/** `?asOf=`, `?knownAt=` and the like: a moment, ISO 8601 with an offset. */
export const OptionalMoment = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description }), IsOptional(), IsTimestamp());

/** `?format=csv` on a list that is not a read model's (docs/exports.md). */
export const ListExportFormat = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: EXPORT_FORMATS, description: 'The list as `csv`; the same as `Accept: text/csv` (docs/exports.md)' }),
    IsOptional(), IsIn(EXPORT_FORMATS),
  );

import { applyDecorators, Get } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { Role } from '@casetrail/domain';
import { Roles } from '../auth/roles.decorator';
import { Exports } from './export-formats';
import { ListItems } from './list-items';

/** What a list route declares: its item columns (LIST_COLUMNS), who may call it, and what /docs says of it. */
export interface CsvListRoute {
  readonly path?: string;
  readonly columns: readonly string[];
  readonly roles: readonly Role[];
  readonly summary: string;
  readonly description?: string;
}

/** A GET list that also answers CSV (docs/exports.md), with its columns, its roles and its /docs operation. */
export const CsvList = ({ path, columns, roles, summary, description }: CsvListRoute) =>
  applyDecorators(
    Get(path), Exports('csv'), ListItems(columns), Roles(...roles),
    ApiOperation(description === undefined ? { summary } : { summary, description }),
  );

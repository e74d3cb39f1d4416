import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { instantOf, ROLES } from '@casetrail/domain';
import { decodeGlobalPosition, encodeGlobalPosition } from '@casetrail/event-store';
import { caseListPosition, isCaseKey, readCaseList, type CaseSortField } from '@casetrail/read-models';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { ReadModelReader } from '../read-model-reader';
import { assertSamePinnedSort, badCursor, decodeCursor, encodeCursor, momentOf, sortOf, type ListCursor } from '../lists/list-cursor';
import { limitOf } from '../lists/list-query.dto';
import { CASE_SORTS, CaseListQueryDto } from './case-list.dto';

/** What a first page pins for the walk: the read-model position, asOf, knownAt, the first page's now, the sort. */
interface CaseListPin {
  readonly position: string;
  readonly asOf: string | null;
  readonly knownAt: string | null;
  readonly now: string | null;
}

/** A cursor is opaque, not trusted: what it pins must be what a first page pins. */
function pinOf(cursor: ListCursor, sort: string): CaseListPin {
  const [position, asOf, knownAt, now, sortIndex] = cursor.pin;
  assertSamePinnedSort(sortIndex, CASE_SORTS, sort);
  if (typeof position !== 'string' || !/^\d{1,20}:\d{1,20}$/.test(position)) throw badCursor();
  if (!isCaseKey(cursor.after, sortOf<CaseSortField>(sort).field)) throw badCursor();
  const pin = { position, asOf: momentOf(asOf), knownAt: momentOf(knownAt), now: momentOf(now) };
  if ((pin.now === null) === (pin.asOf === null && pin.knownAt === null)) throw badCursor();
  return pin;
}

const msOf = (moment: string | null) => (moment === null ? null : instantOf(moment));

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/cases')
export class CaseListController {
  constructor(private readonly reader: ReadModelReader) {}

  @Get()
  @Roles(...ROLES.filter((role) => role !== 'donor'))
  @ApiOperation({
    summary: 'Every case, closed ones too, as it stands or stood (asOf, knownAt); filtered, sorted, paged by a cursor that pins the list',
  })
  async cases(@Query() query: CaseListQueryDto, @CurrentUser() user: User) {
    const sortText = query.sort ?? 'referredAt';
    const sort = sortOf<CaseSortField>(sortText);
    const cursor = query.cursor ? decodeCursor(query.cursor, 5) : null;
    const pinned = cursor ? pinOf(cursor, sortText) : null;
    const filters = {
      district: user.district ?? query.district ?? null, stage: query.stage ?? null, form: query.form ?? null,
      referredFrom: query.referredFrom ?? null, referredTo: query.referredTo ?? null, flag: query.flag ?? null,
    };
    return this.reader.read(query.minPosition, async (pool, now) => {
      const asOf = query.asOf ?? null;
      const knownAt = query.knownAt ?? null;
      const pin: CaseListPin = pinned ?? {
        position: encodeGlobalPosition(await caseListPosition(pool)), asOf, knownAt, now: asOf ?? knownAt ? null : now,
      };
      const page = await readCaseList(pool, {
        at: { position: decodeGlobalPosition(pin.position), asOf: pin.asOf, knownAt: pin.knownAt },
        moment: pin.asOf ?? pin.knownAt ?? pin.now ?? now, filters, scope: user.district ?? null,
        sort: sort.field, descending: sort.descending, after: cursor && isCaseKey(cursor.after, sort.field) ? cursor.after : null,
        limit: limitOf(query),
      });
      const pinCells = [pin.position, msOf(pin.asOf), msOf(pin.knownAt), msOf(pin.now), CASE_SORTS.indexOf(sortText)];
      return {
        items: page.items, nextCursor: page.next ? encodeCursor({ pin: pinCells, after: page.next }) : null,
        filters, sort: sortText, asOf: pin.asOf, knownAt: pin.knownAt,
      };
    });
  }
}

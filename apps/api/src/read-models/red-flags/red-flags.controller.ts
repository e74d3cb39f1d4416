import { Query } from '@nestjs/common';
import type { RedFlagItem } from '@casetrail/contract';
import { instantOf } from '@casetrail/domain';
import { readRedFlags } from '@casetrail/read-models';
import { DISCLOSURE_SUMMARY, FLAG_KINDS, type DisclosureRule, type RedFlag } from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { CsvList } from '../../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../../exports/list-items';
import { DonorDisclosure } from '../donor-disclosure';
import { ReadModelController } from '../read-model-controller';
import { ReadModelReader } from '../read-model-reader';
import { assertSamePinnedSort, badCursor, decodeCursor, momentOf, pageOf, askedSort, type KeyCell } from '../lists/list-cursor';
import { limitOf } from '../lists/list-query.dto';
import { FLAG_SORTS, RedFlagsQueryDto } from './red-flags.dto';

const listed = ({ caseId, kind, ref, raisedAt, clearedAt, eventIds }: RedFlag): RedFlagItem => ({ caseId, kind, ref, raisedAt, clearedAt, eventIds });

/** A flag's place in the list: when raised, then its case and key (unique together). */
const flagKey = (flag: RedFlag) => [instantOf(flag.raisedAt), flag.caseId, flag.key];
const isFlagKey = (key: readonly KeyCell[]) => key.length === 3 && typeof key[0] === 'number' && key.slice(1).every((cell) => typeof cell === 'string');

@ReadModelController('v1/flags')
export class RedFlagsController {
  private readonly donorRule: DisclosureRule;

  constructor(
    private readonly reader: ReadModelReader,
    donorDisclosure: DonorDisclosure,
  ) {
    this.donorRule = donorDisclosure.rule;
  }

  @CsvList({
    columns: LIST_COLUMNS.flags, roles: ['admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator'],
    summary: 'Red flags (api.md "Red flags"), latest raised first; a donor gets counts of open flags by kind',
    description: DISCLOSURE_SUMMARY,
  })
  async flags(@Query() query: RedFlagsQueryDto, @CurrentUser() user: User) {
    const sort = askedSort<'raisedAt'>(query.sort, '-raisedAt');
    const cursor = query.cursor ? decodeCursor(query.cursor, 2) : null;
    if (cursor) assertSamePinnedSort(cursor.pin[1], FLAG_SORTS, sort.text);
    if (cursor && !isFlagKey(cursor.after)) throw badCursor();
    const district = user.district ?? query.district ?? null;
    const knownAt = query.knownAt ?? null;
    return this.reader.read(query.minPosition, async (pool, now) => {
      const moment = momentOf(cursor?.pin[0]) ?? query.asOf ?? knownAt ?? now;
      if (user.role === 'donor') {
        const open = await readRedFlags(pool, { moment, knownAt, district, kind: null, open: true });
        return { asOf: moment, knownAt, filters: { district }, counts: this.countsByKind(open), disclosure: this.donorRule.description };
      }
      const kind = query.kind ?? null;
      const flags = await readRedFlags(pool, { moment, knownAt, district, kind, open: query.open === 'true' });
      const pin = [instantOf(moment), FLAG_SORTS.indexOf(sort.text)];
      const page = pageOf(flags, flagKey, sort.descending, limitOf(query), pin, cursor?.after ?? null);
      const filters = { kind, district, open: query.open === 'true' };
      return { asOf: moment, knownAt, filters, items: page.items.map(listed), nextCursor: page.nextCursor };
    });
  }

  /** Every kind, through the one disclosure rule (a flag about a victim is a victim figure). */
  private countsByKind(open: readonly RedFlag[]) {
    return Object.fromEntries(
      FLAG_KINDS.map((kind) => {
        const records = open.filter((flag) => flag.kind === kind).map((flag) => `${flag.caseId}/${flag.key}`);
        return [kind, this.donorRule.figure(`flags.${kind}`, records)];
      }),
    );
  }
}

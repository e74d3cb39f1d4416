import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readRedFlags } from '@casetrail/read-models';
import {
  cellKeySecretFrom, DISCLOSURE_SUMMARY, donorDisclosure, FLAG_KINDS, type DisclosureRule, type RedFlag,
} from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { LedgerKeys } from '../../ledger/ledger-keys';
import { ReadModelReader } from '../read-model-reader';
import { decodeCursor, pageOf, sortOf } from '../lists/list-cursor';
import { limitOf } from '../lists/list-query.dto';
import { RedFlagsQueryDto } from './red-flags.dto';

const listed = ({ caseId, kind, ref, raisedAt, clearedAt, eventIds }: RedFlag) => ({ caseId, kind, ref, raisedAt, clearedAt, eventIds });

/** A flag's place in the list: when raised, then its case and key (unique together). */
const flagKey = (flag: RedFlag) => [Date.parse(flag.raisedAt), flag.caseId, flag.key];

@ApiTags('read models')
@ApiBearerAuth()
@Controller('v1/flags')
export class RedFlagsController {
  private readonly donorRule: DisclosureRule;

  constructor(
    private readonly reader: ReadModelReader,
    ledgerKeys: LedgerKeys,
  ) {
    this.donorRule = donorDisclosure(cellKeySecretFrom(ledgerKeys.signing.signerKey));
  }

  @Get()
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator')
  @ApiOperation({
    summary: 'Red flags (api.md "Red flags"), latest raised first; a donor gets counts of open flags by kind',
    description: DISCLOSURE_SUMMARY,
  })
  async flags(@Query() query: RedFlagsQueryDto, @CurrentUser() user: User) {
    const sort = sortOf<'raisedAt'>(query.sort, '-raisedAt');
    const cursor = query.cursor ? decodeCursor<{ moment: string; sort: string }>(query.cursor, ['moment', 'sort'], { sort: query.sort ?? '-raisedAt' }) : null;
    const district = user.district ?? query.district ?? null;
    const knownAt = query.knownAt ?? null;
    return this.reader.read(query.minPosition, async (pool, now) => {
      const moment = cursor?.pin.moment ?? query.asOf ?? knownAt ?? now;
      if (user.role === 'donor') {
        const open = await readRedFlags(pool, { moment, knownAt, district, kind: null, open: true });
        return { asOf: moment, knownAt, filters: { district }, counts: this.countsByKind(open), disclosure: this.donorRule.description };
      }
      const kind = query.kind ?? null;
      const flags = await readRedFlags(pool, { moment, knownAt, district, kind, open: query.open === 'true' });
      const page = pageOf(flags, flagKey, sort.descending, limitOf(query), { moment, sort: query.sort ?? '-raisedAt' }, cursor?.after ?? null);
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

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readRedFlags } from '@casetrail/read-models';
import {
  cellKeySecretFrom, DISCLOSURE_SUMMARY, donorDisclosure, FLAG_KINDS, type DisclosureRule, type RedFlag,
} from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { Exports } from '../../exports/export-formats';
import { LedgerKeys } from '../../ledger/ledger-keys';
import { ReadModelReader } from '../read-model-reader';
import { decodeFlagCursor, flagPage } from './flag-page';
import { RedFlagsQueryDto } from './red-flags.dto';

const listed = ({ caseId, kind, ref, raisedAt, clearedAt, eventIds }: RedFlag) => ({ caseId, kind, ref, raisedAt, clearedAt, eventIds });

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
  @Exports('csv')
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'auditor', 'donor', 'coordinator')
  @ApiOperation({
    summary: 'Red flags (api.md "Red flags"), latest raised first; a donor gets counts of open flags by kind',
    description: DISCLOSURE_SUMMARY,
  })
  async flags(@Query() query: RedFlagsQueryDto, @CurrentUser() user: User) {
    const cursor = query.cursor ? decodeFlagCursor(query.cursor) : null;
    const district = user.district ?? query.district ?? null;
    const knownAt = query.knownAt ?? null;
    return this.reader.read(query.minPosition, async (pool, now) => {
      const moment = cursor?.moment ?? query.asOf ?? knownAt ?? now;
      if (user.role === 'donor') {
        const open = await readRedFlags(pool, { moment, knownAt, district, kind: null, open: true });
        return { asOf: moment, knownAt, filters: { district }, counts: this.countsByKind(open), disclosure: this.donorRule.description };
      }
      const kind = query.kind ?? null;
      const flags = await readRedFlags(pool, { moment, knownAt, district, kind, open: query.open === 'true' });
      const page = flagPage(flags, moment, query.sort !== 'raisedAt', Number(query.limit ?? 50), cursor);
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

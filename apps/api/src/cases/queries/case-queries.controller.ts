import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import type { User } from '@casetrail/users';
import { CaseIdPipe } from '../path-params';
import { etag } from '../version-header';
import { CaseQueries } from './case-queries';
import { CaseViewQueryDto } from './case-view-query.dto';
import type { CaseView } from './case-view';
import type { TimelineEntry } from '@casetrail/contract';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('v1/cases/:caseId')
export class CaseQueriesController {
  constructor(private readonly cases: CaseQueries) {}

  @Get()
  @Roles('admin', 'investigator', 'prosecutor', 'court_clerk', 'victim_services', 'auditor', 'coordinator')
  @ApiOperation({ summary: 'The case now, or as it stood (asOf, knownAt, version), replayed from its events' })
  @ApiOkResponse({ description: 'The case; ETag holds the version folded' })
  async view(
    @Param('caseId', CaseIdPipe) caseId: string,
    @Query() query: CaseViewQueryDto,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CaseView> {
    const view = await this.cases.view(user, caseId, {
      ...(query.asOf ? { asOf: query.asOf } : {}),
      ...(query.knownAt ? { knownAt: query.knownAt } : {}),
      ...(query.version ? { version: Number(query.version) } : {}),
    });
    res.setHeader('ETag', etag(view.version));
    return view;
  }

  @Get('timeline')
  @Roles('investigator', 'prosecutor', 'court_clerk', 'auditor', 'coordinator')
  @ApiOperation({ summary: 'Every event of the case in order, who recorded it and when, corrections beside what they correct' })
  async timeline(
    @Param('caseId', CaseIdPipe) caseId: string,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ caseId: string; version: number; events: TimelineEntry[] }> {
    const { version, events } = await this.cases.timeline(user, caseId);
    res.setHeader('ETag', etag(version));
    return { caseId, version, events };
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOperation,
  ApiTags, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import { readClaim, readClaims, readReportEvents } from '@casetrail/read-models';
import { DISCLOSURE_SUMMARY } from '@casetrail/reporting';
import type { User } from '@casetrail/users';
import { CurrentUser } from '../auth/current-user.decorator';
import { NationwideGuard } from '../auth/nationwide.guard';
import { Roles } from '../auth/roles.decorator';
import { Caller } from '../cases/caller.decorator';
import type { CaseCaller } from '../cases/case-caller';
import { ClaimIdPipe } from '../cases/path-params';
import { ErrorDto } from '../cases/dto/command-answer.dto';
import { VersionETag } from '../cases/version-etag.interceptor';
import { CsvList } from '../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../exports/list-items';
import { ApiError } from '../http/api-error';
import { ReadModelReader } from '../read-models/read-model-reader';
import { ClaimAnswerDto } from './claim-answer.dto';
import { ClaimBundleBuilder } from './claim-bundle-builder';
import { ClaimCommands, type ClaimAnswer } from './claim-commands';
import { claimPage, decodeClaimCursor } from './claim-page';
import { claimEvaluator, type ClaimView } from './claim-view';
import { ClaimQueryDto, ClaimsQueryDto } from './claims-query.dto';
import { MakeClaimDto } from './make-claim.dto';

const VERDICTS =
  'Each assertion: `recordedValue` (as the record stood when the claim was recorded), `valueNow`, `valueAsKnownAtMadeAt`, and a ' +
  'verdict: `supported`, `not_supported`, `restated` (with `changedBy`, the events recorded since that changed it), `suppressed` ' +
  '(a donor asking about a figure about victims: no values), `out_of_scope` (a district-scoped caller, a figure outside their district: no values).';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/claims')
export class ClaimsController {
  constructor(
    private readonly claims: ClaimCommands,
    private readonly reader: ReadModelReader,
    private readonly bundles: ClaimBundleBuilder,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('coordinator')
  @UseInterceptors(VersionETag)
  @ApiOperation({ summary: 'Record a claim made in public about the record', description: 'Roles: coordinator' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Up to 128 characters' })
  @ApiCreatedResponse({ type: ClaimAnswerDto, description: 'Stored and sealed like every event' })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'VALIDATION_FAILED (an unknown figure path, a period or asOf the figure does not take)' })
  @ApiForbiddenResponse({ type: ErrorDto })
  @ApiUnprocessableEntityResponse({ type: ErrorDto, description: 'MADE_IN_FUTURE, ASSERTED_AFTER_MADE, IDEMPOTENCY_KEY_REUSED' })
  make(@Body() body: MakeClaimDto, @Caller() caller: CaseCaller): Promise<ClaimAnswer> {
    const assertions = body.assertions.map((a) => ({
      figure: a.figure, period: a.period ?? null, asOf: a.asOf ?? null, district: a.district ?? null, value: a.value,
    }));
    const { madeAt, madeBy, source, statement } = body;
    return this.claims.make({ madeAt, madeBy, source, statement, assertions }, caller);
  }

  @CsvList({
    columns: LIST_COLUMNS.claims, roles: ROLES,
    summary: 'The claims register, each assertion evaluated against the record', description: `${VERDICTS} ${DISCLOSURE_SUMMARY}`,
  })
  list(@Query() query: ClaimsQueryDto, @CurrentUser() user: User) {
    const cursor = query.cursor ? decodeClaimCursor(query.cursor) : null;
    const sort = cursor?.sort ?? query.sort ?? '-madeAt';
    return this.reader.read(query.minPosition, async (pool, now) => {
      const moment = cursor?.moment ?? now;
      const page = claimPage(await readClaims(pool, moment), moment, sort, Number(query.limit ?? 50), cursor);
      const events = page.items.length > 0 ? await readReportEvents(pool, now) : [];
      return { items: page.items.map(claimEvaluator(events, user, now)), nextCursor: page.nextCursor, filters: {}, sort };
    });
  }

  @Get(':claimId')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'One claim, each assertion evaluated against the record', description: `${VERDICTS} ${DISCLOSURE_SUMMARY}` })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'CLAIM_NOT_FOUND' })
  one(@Param('claimId', ClaimIdPipe) claimId: string, @Query() query: ClaimQueryDto, @CurrentUser() user: User): Promise<ClaimView> {
    return this.reader.read(query.minPosition, async (pool, now) => {
      const claim = await readClaim(pool, claimId);
      if (!claim) throw new ApiError(404, 'CLAIM_NOT_FOUND', `claim ${claimId} was not found`);
      return claimEvaluator(await readReportEvents(pool, now), user, now)(claim);
    });
  }

  @Get(':claimId/bundle')
  @Roles(...ROLES)
  @UseGuards(NationwideGuard)
  @ApiOperation({
    summary: 'The claim as one JSON file a donor verifies offline (docs/verification.md section 3)',
    description:
      'The signed checkpoint holding the claim (signed now when none does yet) with its witness cosignatures, the claim\'s audit path, ' +
      'every leaf of the tree (commitment and public part), and each assertion evaluated at the checkpoint\'s signedAt (or its latest leaf\'s recordedAt when later): recomputable ' +
      'from the leaves, or for a figure about victims the server\'s statement (suppressed for a donor). Verify it with ' +
      '`GET /verify/casetrail-verify.mjs` or `claims verify`. Nationwide callers only: the leaves hold every district (403 NATIONWIDE_ONLY).',
  })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'CLAIM_NOT_FOUND' })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'NATIONWIDE_ONLY' })
  @ApiConflictResponse({ type: ErrorDto, description: 'CLAIM_NOT_SEALED: the claim is not in the ledger yet' })
  bundle(@Param('claimId', ClaimIdPipe) claimId: string, @Query() query: ClaimQueryDto, @CurrentUser() user: User) {
    return this.reader.read(query.minPosition, async (pool) => {
      const claim = await readClaim(pool, claimId);
      if (!claim) throw new ApiError(404, 'CLAIM_NOT_FOUND', `claim ${claimId} was not found`);
      return this.bundles.build(claim, user);
    });
  }
}

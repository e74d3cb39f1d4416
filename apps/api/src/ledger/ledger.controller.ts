import { Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES } from '@casetrail/domain';
import type { EventStore } from '@casetrail/event-store';
import { EventNotSealedError, LedgerProofs, toBase64, TreeSizeNotSealedError } from '@casetrail/ledger';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import type { User } from '@casetrail/users';
import { EVENT_STORE } from '../config/tokens';
import { CsvList } from '../exports/csv-list.decorator';
import { LIST_COLUMNS } from '../exports/list-items';
import { ApiError } from '../http/api-error';
import { CurrentCheckpoint } from './current-checkpoint';
import { isEventInScope } from './event-scope';
import { inclusionAnswer } from './inclusion-answer';
import { CheckpointAnswers } from './checkpoint-answers';
import {
  ConsistencyProofDto, ConsistencyProofQueryDto, InclusionProofDto, InclusionProofQueryDto, LedgerCheckpointDto, LedgerCheckpointsDto,
  LedgerCheckpointsQueryDto,
} from './ledger.query';

/** The tamper-evident ledger: signed checkpoints and the proofs that tie events and checkpoints together. */
@ApiTags('ledger')
@ApiBearerAuth()
@Controller('v1/ledger')
export class LedgerController {
  constructor(
    private readonly checkpoints: CurrentCheckpoint,
    private readonly proofs: LedgerProofs,
    private readonly answers: CheckpointAnswers,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get('checkpoint')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The latest signed checkpoint (C2SP tlog-checkpoint, Ed25519)' })
  @ApiOkResponse({ type: LedgerCheckpointDto })
  @ApiNotFoundResponse({ description: 'LEDGER_EMPTY' })
  async checkpoint(): Promise<LedgerCheckpointDto> {
    return this.answers.one(await this.checkpoints.get());
  }

  @CsvList({
    path: 'checkpoints', columns: LIST_COLUMNS.checkpoints, roles: ROLES,
    summary: 'Every signed checkpoint, oldest first, each with its note, signedAt (signed) and witness cosignatures',
    description: 'A cursor pins the list as it stood at the first page.',
  })
  @ApiOkResponse({ type: LedgerCheckpointsDto })
  async history(@Query() query: LedgerCheckpointsQueryDto): Promise<LedgerCheckpointsDto> {
    return this.answers.page(Number(query.fromSize ?? 0), Number(query.limit ?? 50), query.cursor);
  }

  @Post('checkpoints')
  @HttpCode(201)
  @Roles('admin', 'auditor')
  @ApiOperation({
    summary: 'Seal every committed event and sign a checkpoint now, instead of waiting for the periodic one',
    description: 'Answers the latest checkpoint when nothing was recorded since it was signed.',
  })
  @ApiCreatedResponse({ type: LedgerCheckpointDto })
  @ApiNotFoundResponse({ description: 'LEDGER_EMPTY' })
  async signCheckpoint(): Promise<LedgerCheckpointDto> {
    return this.answers.one(await this.checkpoints.signNow());
  }

  @Get('proofs/inclusion')
  @Roles(...ROLES)
  @ApiOperation({
    summary: "An event's leaf, its entry and its audit path in a tree of the ledger",
    description:
      'Every role gets the entry (leaf format 2: the public part and the private commitment). Roles that read the timeline ' +
      '(investigator, prosecutor, court_clerk, auditor) also get the private part and its salt. docs/verification.md specifies the bytes.',
  })
  @ApiOkResponse({ type: InclusionProofDto })
  @ApiNotFoundResponse({ description: 'EVENT_NOT_FOUND, EVENT_NOT_SEALED, TREE_SIZE_NOT_SEALED' })
  async inclusion(@Query() query: InclusionProofQueryDto, @CurrentUser() user: User): Promise<InclusionProofDto> {
    const eventId = query.eventId.toLowerCase();
    const event = await this.store.readEvent(eventId);
    if (!event || !(await isEventInScope(user, event, this.store))) {
      throw new ApiError(404, 'EVENT_NOT_FOUND', `event ${eventId} was not found`);
    }
    const treeSize = query.treeSize !== undefined ? Number(query.treeSize) : (await this.checkpoints.get()).treeSize;
    return inclusionAnswer(await refusing(() => this.proofs.inclusion(eventId, treeSize)), user.role);
  }

  @Get('proofs/consistency')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The proof that the tree of size `from` is a prefix of the tree of size `to`' })
  @ApiOkResponse({ type: ConsistencyProofDto })
  @ApiNotFoundResponse({ description: 'TREE_SIZE_NOT_SEALED' })
  async consistency(@Query() query: ConsistencyProofQueryDto): Promise<ConsistencyProofDto> {
    const from = Number(query.from);
    const to = Number(query.to);
    if (from > to) {
      throw new ApiError(400, 'VALIDATION_FAILED', 'from must not be above to', { fields: [{ field: 'from', problems: ['from must not be above to'] }] });
    }
    const proof = await refusing(() => this.proofs.consistency(from, to));
    return { from: proof.from, to: proof.to, proof: proof.proof.map(toBase64) };
  }
}

/** The ledger's refusals as HTTP answers. */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EventNotSealedError) throw new ApiError(404, 'EVENT_NOT_SEALED', error.message);
    if (error instanceof TreeSizeNotSealedError) throw new ApiError(404, 'TREE_SIZE_NOT_SEALED', error.message);
    throw error;
  }
}

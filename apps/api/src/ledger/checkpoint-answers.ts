import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import {
  checkpointPage, cosignaturesOf, lastCheckpointId, toBase64, type StoredCheckpoint, type StoredCosignature,
} from '@casetrail/ledger';
import { DATABASE } from '../config/tokens';
import { ApiError } from '../http/api-error';
import { LedgerKeys } from './ledger-keys';
import type { CheckpointCosignatureDto, LedgerCheckpointDto, LedgerCheckpointsDto } from './ledger.query';

/** Where a walk through the checkpoints stands: the last one given, and the newest when the walk began. */
interface CheckpointCursor {
  readonly after: number;
  readonly upTo: number;
}

/** Signed checkpoints as the routes answer them: with the log's keys and every witness cosignature kept. */
@Injectable()
export class CheckpointAnswers {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly keys: LedgerKeys,
  ) {}

  async one(checkpoint: StoredCheckpoint): Promise<LedgerCheckpointDto> {
    return (await this.answer([checkpoint]))[0]!;
  }

  /** Every signed checkpoint of at least `fromSize`, oldest first, a page at a time. */
  async page(fromSize: number, limit: number, cursorText: string | undefined): Promise<LedgerCheckpointsDto> {
    const cursor = cursorText ? decodeCursor(cursorText) : { after: 0, upTo: await lastCheckpointId(this.database.pool) };
    const rows = await checkpointPage(this.database.pool, { fromSize, afterId: cursor.after, upToId: cursor.upTo, limit: limit + 1 });
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor = rows.length > limit && last
      ? Buffer.from(JSON.stringify({ after: last.id, upTo: cursor.upTo } satisfies CheckpointCursor)).toString('base64url')
      : null;
    return { items: await this.answer(shown), nextCursor, filters: { fromSize } };
  }

  private async answer(checkpoints: readonly StoredCheckpoint[]): Promise<LedgerCheckpointDto[]> {
    const cosignatures = await cosignaturesOf(this.database.pool, checkpoints.map((c) => c.id));
    return checkpoints.map((checkpoint) => ({
      treeSize: checkpoint.treeSize,
      rootHash: toBase64(checkpoint.rootHash),
      note: checkpoint.note,
      keyName: checkpoint.keyName,
      publicKey: toBase64(this.keys.publicKey),
      verifierKey: this.keys.verifierKey,
      signedAt: checkpoint.signedAt,
      cosignatures: (cosignatures.get(checkpoint.id) ?? []).map(cosignatureAnswer),
    }));
  }
}

const cosignatureAnswer = (cosignature: StoredCosignature): CheckpointCosignatureDto => ({
  name: cosignature.name,
  keyId: cosignature.keyId,
  cosignedAt: cosignature.cosignedAt,
  line: cosignature.line,
});

function decodeCursor(text: string): CheckpointCursor {
  try {
    const parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as CheckpointCursor;
    if (!Number.isSafeInteger(parsed.after) || !Number.isSafeInteger(parsed.upTo) || parsed.after < 0 || parsed.upTo < parsed.after) {
      throw new Error('cursor');
    }
    return { after: parsed.after, upTo: parsed.upTo };
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', 'cursor must be a nextCursor as given', {
      fields: [{ field: 'cursor', problems: ['not a cursor this list gave'] }],
    });
  }
}

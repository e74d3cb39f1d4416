import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@casetrail/database';
import {
  checkpointPage, cosignaturesOf, lastCheckpointId, toBase64, type StoredCheckpoint, type StoredCosignature,
} from '@casetrail/ledger';
import { DATABASE } from '../config/tokens';
import { decodeOrderCursor, encodeOrderCursor } from '../http/order-cursor';
import { LedgerKeys } from './ledger-keys';
import type { CheckpointCosignatureDto, LedgerCheckpointDto, LedgerCheckpointsDto } from './ledger.query';

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
    const cursor = cursorText ? decodeOrderCursor(cursorText) : { after: 0, upTo: await lastCheckpointId(this.database.pool) };
    const rows = await checkpointPage(this.database.pool, { fromSize, afterId: cursor.after, upToId: cursor.upTo, limit: limit + 1 });
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const nextCursor = rows.length > limit && last ? encodeOrderCursor({ after: last.id, upTo: cursor.upTo }) : null;
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

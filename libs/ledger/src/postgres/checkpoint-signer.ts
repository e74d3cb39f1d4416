import type { Pool, PoolClient } from 'pg';
import { inTransaction } from '@casetrail/database';
import { signTimestampedCheckpoint, toPosixSeconds } from '../cosignature/signed-at';
import { bytesEqual, toBase64 } from '../encoding';
import { consistencyProof, treeRoot } from '../merkle/proofs';
import { verifyConsistency } from '../merkle/verify';
import type { SigningKey } from '../note/keys';
import { insertCheckpoint, latestCheckpoint, type StoredCheckpoint } from './checkpoint-rows';
import { InconsistentTreeError } from './errors';
import { PostgresNodeSource } from './node-table';
import { readSealedTree, type SealedTree } from './sealed-tree';

/** Serialises every signer of the database, in any process. */
export const CHECKPOINT_LOCK = 'casetrail.ledger.checkpoint';

export interface CheckpointSignerOptions {
  /** The signing time recorded beside each checkpoint. */
  readonly now?: () => Date;
  /** Told of each checkpoint once it is stored (committed), e.g. to submit it to the witnesses. */
  readonly onSigned?: (checkpoint: StoredCheckpoint) => void;
}

type SignWhen = (tree: SealedTree, last: StoredCheckpoint | null) => boolean;

/**
 * Signs the sealed tree as a C2SP checkpoint (origin = the key's name), with its signing time in a timestamped
 * line by the same key (tlog-cosignature), and stores every checkpoint it signs. Refuses a
 * tree that does not extend the last checkpoint signed, checked with a consistency proof from the
 * stored nodes, so a damaged or rewritten node table can never be signed over.
 */
export class CheckpointSigner {
  private readonly now: () => Date;
  private readonly onSigned: (checkpoint: StoredCheckpoint) => void;

  constructor(
    private readonly pool: Pool,
    private readonly key: SigningKey,
    options: CheckpointSignerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.onSigned = options.onSigned ?? (() => undefined);
  }

  get origin(): string {
    return this.key.name;
  }

  latest(): Promise<StoredCheckpoint | null> {
    return latestCheckpoint(this.pool);
  }

  /** Signs the sealed tree now; answers the latest checkpoint instead when this key already signed this size. */
  async signCheckpoint(): Promise<StoredCheckpoint> {
    const { last, signed } = await this.signIf((tree, latest) => !this.alreadySigned(tree, latest));
    return (signed ?? last)!;
  }

  /** Signs only when the tree grew since the last checkpoint (the periodic checkpoint); null otherwise. */
  async signIfGrown(): Promise<StoredCheckpoint | null> {
    return (await this.signIf((tree, last) => tree.size > (last?.treeSize ?? 0))).signed;
  }

  /** The latest checkpoint signed by this key, signing one when there is none yet; null while the tree is empty. */
  async current(): Promise<StoredCheckpoint | null> {
    const latest = await this.latest();
    if (latest && this.isOurs(latest)) return latest;
    const { last, signed } = await this.signIf((tree, last) => tree.size > 0 && !this.alreadySigned(tree, last));
    return signed ?? (last && this.isOurs(last) ? last : null);
  }

  /** Under the signing lock: signs the sealed tree if `when` says so, after checking it extends the last checkpoint. */
  private async signIf(when: SignWhen): Promise<{ last: StoredCheckpoint | null; signed: StoredCheckpoint | null }> {
    const outcome = await this.signInTransaction(when);
    if (outcome.signed) this.onSigned(outcome.signed);
    return outcome;
  }

  private signInTransaction(when: SignWhen): Promise<{ last: StoredCheckpoint | null; signed: StoredCheckpoint | null }> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CHECKPOINT_LOCK]);
      const tree = await readSealedTree(client);
      const last = await latestCheckpoint(client);
      if (!when(tree, last)) return { last, signed: null };
      await this.assertExtends(client, tree, last);
      const checkpoint = { origin: this.key.name, treeSize: tree.size, rootHash: tree.rootHash };
      // signedAt is what the note's timestamp line signs: whole seconds.
      const signedAt = new Date(toPosixSeconds(this.now()) * 1000);
      const signed = await insertCheckpoint(client, {
        treeSize: tree.size,
        rootHash: tree.rootHash,
        note: signTimestampedCheckpoint(checkpoint, this.key.signerKey, signedAt),
        keyName: this.key.name,
        keyId: this.key.keyId,
        signedAt: signedAt.toISOString(),
      });
      return { last, signed };
    });
  }

  private async assertExtends(client: PoolClient, tree: SealedTree, last: StoredCheckpoint | null): Promise<void> {
    const nodes = new PostgresNodeSource(client);
    const fromNodes = await treeRoot(tree.size, nodes);
    if (!bytesEqual(fromNodes, tree.rootHash)) {
      throw new InconsistentTreeError(
        `refusing to sign: the stored nodes give root ${toBase64(fromNodes)} for size ${tree.size}, the sealer's frontier ${toBase64(tree.rootHash)}`,
      );
    }
    if (!last) return;
    if (tree.size < last.treeSize) {
      throw new InconsistentTreeError(`refusing to sign: the sealed tree (${tree.size}) is smaller than the last checkpoint (${last.treeSize})`);
    }
    const proof = await consistencyProof(last.treeSize, tree.size, nodes);
    if (!verifyConsistency(last.treeSize, tree.size, last.rootHash, tree.rootHash, proof)) {
      throw new InconsistentTreeError(
        `refusing to sign: the tree of size ${tree.size} does not extend the last checkpoint (size ${last.treeSize}, root ${toBase64(last.rootHash)})`,
      );
    }
  }

  private isOurs(checkpoint: StoredCheckpoint): boolean {
    return checkpoint.keyName === this.key.name && checkpoint.keyId === this.key.keyId;
  }

  private alreadySigned(tree: SealedTree, last: StoredCheckpoint | null): boolean {
    return last !== null && last.treeSize === tree.size && this.isOurs(last);
  }
}

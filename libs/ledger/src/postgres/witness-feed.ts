import type { Pool } from 'pg';
import { openCosignatures } from '../cosignature/cosignature';
import { parseCosignerKey, type CosignerKey } from '../cosignature/cosigner-key';
import { consistencyProof } from '../merkle/proofs';
import { submitToWitness } from '../witness/witness-client';
import { latestCheckpoint, type StoredCheckpoint } from './checkpoint-rows';
import { insertCosignature, isCosignedBy, lastCosignedSize } from './cosignature-rows';
import { PostgresNodeSource } from './node-table';

/** A witness the log submits its checkpoints to. */
export interface WitnessTarget {
  readonly name: string;
  /** The submission prefix (POST <url>/add-checkpoint). */
  readonly url: string;
  /** Its cosigner key (type 0x04). */
  readonly key: string;
}

/** A witness that could not cosign the latest checkpoint: why, since when, after how many tries in a row. */
export interface WitnessFailure {
  readonly component: string;
  readonly eventId: null;
  readonly reason: string;
  readonly since: string;
  readonly attempts: number;
}

export interface WitnessFeedOptions {
  /** The first wait after a failure; it doubles with each failure in a row, up to maxBackoffMs. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  readonly timeoutMs: number;
  readonly onFailure: (failure: WitnessFailure) => void;
  readonly onRecovery: (failure: WitnessFailure) => void;
}

/**
 * Brings one witness up to the log's latest checkpoint: submits it with a consistency proof from the size
 * the witness holds (learnt from its 409 answers when we did not know it), keeps the cosignature that verifies
 * with the witness's key, and after a failure tries again with backoff, never blocking the log.
 */
export class WitnessFeed {
  readonly key: CosignerKey;
  private knownSize: number | null = null;
  private cosignedSize = 0;
  private failure: WitnessFailure | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly pool: Pool,
    readonly target: WitnessTarget,
    private readonly options: WitnessFeedOptions,
  ) {
    this.key = parseCosignerKey(target.key);
  }

  get failing(): WitnessFailure | null {
    return this.failure;
  }

  /** The largest checkpoint it has cosigned, as far as this process knows. */
  get treeSize(): number {
    return this.cosignedSize;
  }

  /**
   * Look again now (a checkpoint was signed); a wake during a submission runs one more pass after it, and a
   * wake while backing off waits for the backoff, which then submits the latest checkpoint.
   */
  wake(): void {
    if (this.stopped || this.timer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.run().finally(() => (this.running = null));
  }

  /** Resolves once a pass in progress has ended. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.sync();
        if (this.failure) this.options.onRecovery(this.failure);
        this.failure = null;
      } catch (error) {
        this.fail(error instanceof Error ? error.message : String(error));
        return;
      }
    } while (this.again && !this.stopped);
  }

  private fail(reason: string): void {
    const attempts = (this.failure?.attempts ?? 0) + 1;
    const changed = this.failure?.reason !== reason;
    this.failure = { component: `witness:${this.target.name}`, eventId: null, reason, since: this.failure?.since ?? new Date().toISOString(), attempts };
    if (changed) this.options.onFailure(this.failure);
    if (this.stopped) return;
    const wait = Math.min(this.options.backoffMs * 2 ** (attempts - 1), this.options.maxBackoffMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.wake();
    }, wait);
    this.timer.unref();
  }

  private async sync(): Promise<void> {
    const latest = await latestCheckpoint(this.pool);
    if (!latest) return;
    if (this.knownSize === null) {
      this.knownSize = await lastCosignedSize(this.pool, this.key.name, this.key.keyId);
      this.cosignedSize = this.knownSize;
    }
    if (await isCosignedBy(this.pool, latest.id, this.key.name, this.key.keyId)) return;
    // At most one retry: after a 409 we know the size the witness holds.
    for (let attempt = 0; attempt < 2; attempt++) {
      const old: number = this.knownSize;
      if (old > latest.treeSize) {
        throw new Error(`the witness holds a tree of ${old} leaves, more than the latest checkpoint (${latest.treeSize}): it saw another log of this origin`);
      }
      const proof = old === 0 || old === latest.treeSize ? [] : await consistencyProof(old, latest.treeSize, new PostgresNodeSource(this.pool));
      const reply = await submitToWitness(this.target.url, { oldSize: old, proof, note: latest.note }, this.options.timeoutMs);
      if (reply.kind === 'cosigned') return this.keep(latest, reply.lines);
      if (reply.kind === 'conflict' && reply.size !== old) {
        this.knownSize = reply.size;
        continue;
      }
      if (reply.kind === 'conflict') throw new Error(`the witness refuses the checkpoint of size ${latest.treeSize}: it holds another root for size ${old} (409)`);
      throw new Error(`the witness refused the checkpoint of size ${latest.treeSize}: ${reply.status} ${reply.body.trim()}`);
    }
    throw new Error(`the witness kept answering 409 for the checkpoint of size ${latest.treeSize}`);
  }

  private async keep(checkpoint: StoredCheckpoint, lines: string): Promise<void> {
    const cosignatures = openCosignatures(checkpoint.note + lines, [this.key]);
    if (cosignatures.length === 0) throw new Error('the witness answered no cosignature by its key');
    for (const cosignature of cosignatures) {
      await insertCosignature(this.pool, {
        checkpointId: checkpoint.id,
        name: cosignature.name,
        keyId: cosignature.keyId,
        cosignedAt: new Date(cosignature.timestamp * 1000).toISOString(),
        line: cosignature.line,
      });
    }
    this.knownSize = checkpoint.treeSize;
    this.cosignedSize = checkpoint.treeSize;
  }
}

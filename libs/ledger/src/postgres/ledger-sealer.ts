import type { Pool } from 'pg';
import { listenForEvents, type EventStore } from '@casetrail/event-store';
import { sealNextBatch, SEAL_RACED } from './seal-batch';
import { readSealedTree, type SealedTree } from './sealed-tree';

export interface LedgerSealerOptions {
  /** How long to sleep when caught up, unless woken earlier (ms). */
  readonly idleMs?: number;
  /** Events sealed per transaction. */
  readonly batchSize?: number;
  /** A PostgreSQL server to LISTEN on for commits by other processes (not the embedded database). */
  readonly listenUrl?: string;
  /** A failed batch is reported here and retried at the next poll. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Follows the global order and seals every committed event as the next leaf of the ledger tree.
 * Any number of sealers may run against one database; the seal lock and size check make sure
 * each event gets exactly one leaf.
 */
export class LedgerSealer {
  private running = false;
  private loop: Promise<void> | null = null;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private listener: { close(): Promise<void> } | null = null;
  private readonly idleMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    private readonly options: LedgerSealerOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 250;
    this.batchSize = options.batchSize ?? 500;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    if (this.options.listenUrl) {
      this.listener = listenForEvents(this.options.listenUrl, () => this.wake(), (error) => this.options.onError?.(error));
    }
    this.loop = this.follow();
  }

  /** Something was appended: look now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops following; resolves once no batch is being sealed. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = null;
    await this.listener?.close();
    this.listener = null;
  }

  /** Seals everything committed so far, then returns how many events it sealed. */
  async sealPending(): Promise<number> {
    let sealed = 0;
    for (;;) {
      const n = await sealNextBatch(this.pool, this.store, this.batchSize);
      if (n === 0) return sealed;
      if (n !== SEAL_RACED) sealed += n;
    }
  }

  /** The tree sealed so far. */
  sealedTree(): Promise<SealedTree> {
    return readSealedTree(this.pool);
  }

  private async follow(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let sealed = 0;
      try {
        sealed = await sealNextBatch(this.pool, this.store, this.batchSize);
      } catch (error) {
        this.options.onError?.(error);
      }
      if (sealed === 0 && !this.woken && this.running) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, this.idleMs);
      this.wakeUp = done;
    });
  }
}

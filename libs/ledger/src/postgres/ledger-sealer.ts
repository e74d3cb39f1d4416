import type { Pool } from 'pg';
import { eventsAdvanced, FollowLoop, oneAtATimeAfterFailure, type BatchOutcome, type Stall, type StallReport } from '@casetrail/database';
import { listenForEvents, type EventStore } from '@casetrail/event-store';
import { sealNextBatch } from './seal-batch';
import { readSealedTree, type SealedTree } from './sealed-tree';

export interface LedgerSealerOptions {
  /** How long to sleep when caught up, unless woken earlier (ms). */
  readonly idleMs?: number;
  /** Events sealed per transaction. */
  readonly batchSize?: number;
  /** The first wait after a failed batch (ms), doubling up to 30 s while it keeps failing. */
  readonly backoffMs?: number;
  /** A PostgreSQL server to LISTEN on for commits by other processes (not the embedded database). */
  readonly listenUrl?: string;
  /** The sealer cannot seal the next event (once per stall, and when its event or reason changes). */
  readonly onStall?: (stall: Stall) => void;
  /** A stalled sealer seals again. */
  readonly onRecovery?: (stall: Stall) => void;
  /** The listener failed (it reconnects on its own). */
  readonly onError?: (error: unknown) => void;
}

/**
 * Follows the global order and seals every committed event as the next leaf of the ledger tree. An
 * event it cannot seal is retried with a backoff, never skipped: the stall says which and why. Any
 * number of sealers may run against one database; the seal lock and size check make sure each event
 * gets exactly one leaf.
 */
export class LedgerSealer {
  private readonly loop: FollowLoop;
  private readonly batchSize: number;
  private stepWaiters: (() => void)[] = [];

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    options: LedgerSealerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    const { listenUrl } = options;
    this.loop = new FollowLoop({
      component: 'ledger',
      step: (afterFailure) => this.step(afterFailure),
      idleMs: options.idleMs,
      backoffMs: options.backoffMs,
      onStall: options.onStall,
      onRecovery: options.onRecovery,
      ...(listenUrl ? { listen: (wake: () => void) => listenForEvents(listenUrl, wake, options.onError) } : {}),
    });
  }

  start(): void {
    this.loop.start();
  }

  /** Something was appended: look now rather than at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  /**
   * Resolves when the running sealer ends its next step (sealed a batch, found nothing new, or failed): a
   * caller waiting for some event to be sealed looks again then. Never resolves while the sealer is not running.
   */
  nextStep(): Promise<void> {
    return new Promise((resolve) => this.stepWaiters.push(resolve));
  }

  /** Stops following; resolves once no batch is being sealed. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Why the sealer is not sealing, or null while it is. */
  get stall(): StallReport | null {
    return this.loop.stall;
  }

  /** Seals everything committed so far, then returns how many events it sealed. */
  async sealPending(): Promise<number> {
    let sealed = 0;
    for (;;) {
      const outcome = await sealNextBatch(this.pool, this.store, this.batchSize);
      if (outcome.kind === 'caught_up') return sealed;
      sealed += eventsAdvanced(outcome);
    }
  }

  /** The tree sealed so far. */
  sealedTree(): Promise<SealedTree> {
    return readSealedTree(this.pool);
  }

  private step(afterFailure: boolean): Promise<BatchOutcome> {
    return this.sealStep(afterFailure).finally(() => {
      const waiters = this.stepWaiters;
      this.stepWaiters = [];
      for (const resolve of waiters) resolve();
    });
  }

  private sealStep(afterFailure: boolean): Promise<BatchOutcome> {
    return oneAtATimeAfterFailure((limit) => sealNextBatch(this.pool, this.store, limit), this.batchSize, afterFailure, async () => {
      const sealed = await readSealedTree(this.pool);
      const [next] = await this.store.readAll({ after: sealed.lastPosition, limit: 1 });
      return next?.eventId ?? null;
    });
  }
}

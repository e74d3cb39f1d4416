import type { BatchOutcome } from './batch-outcome';
import { stallOf, type Stall, type StallReport } from './stall';

export interface FollowLoopOptions {
  /** Names the follower in its stall (`ledger`, `projection:caseload`). */
  readonly component: string;
  /** One step over the next page of the log. `afterFailure`: the last step failed (a step may then take one event at a time, to name it). */
  readonly step: (afterFailure: boolean) => Promise<BatchOutcome>;
  /** How long to sleep when caught up, unless woken earlier (ms). */
  readonly idleMs?: number;
  /** The first wait after a failure (ms); it doubles with each failure in a row, up to `maxBackoffMs`. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** Starts a source of wake-ups from other processes (a LISTEN); closed on stop. */
  readonly listen?: (wake: () => void) => { close(): Promise<void> };
  /** A new stall, or a stall whose event or reason changed: called once each, not at every retry. */
  readonly onStall?: (stall: Stall) => void;
  /** The follower advanced again after `stall`. */
  readonly onRecovery?: (stall: Stall) => void;
  readonly now?: () => Date;
}

/**
 * Follows the log by polling: runs `step` again at once while it advances (or lost a race), sleeps
 * `idleMs` when caught up unless woken, and after a failure retries the same step with a growing
 * backoff, so a follower never skips an event and never spins on one it cannot process.
 */
export class FollowLoop {
  private running = false;
  private loop: Promise<void> | null = null;
  private woken = false;
  private interrupt: (() => void) | null = null;
  private listener: { close(): Promise<void> } | null = null;
  private current: Stall | null = null;
  private failuresInARow = 0;

  constructor(private readonly options: FollowLoopOptions) {}

  get component(): string {
    return this.options.component;
  }

  /** Why the follower is not advancing (and how many tries failed so far), or null while it is. */
  get stall(): StallReport | null {
    return this.current && { ...this.current, attempts: this.failuresInARow };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.listener = this.options.listen?.(() => this.wake()) ?? null;
    this.loop = this.follow();
  }

  /** Something was appended: look now rather than at the next poll (a backoff is not cut short). */
  wake(): void {
    this.woken = true;
    if (this.failuresInARow === 0) this.interrupt?.();
  }

  /** Stops following; resolves once no step is running. */
  async stop(): Promise<void> {
    this.running = false;
    this.interrupt?.();
    await this.loop;
    this.loop = null;
    await this.listener?.close();
    this.listener = null;
  }

  private async follow(): Promise<void> {
    while (this.running) {
      this.woken = false;
      let outcome: BatchOutcome;
      try {
        outcome = await this.options.step(this.failuresInARow > 0);
      } catch (error) {
        this.failed(error);
        if (this.running) await this.pause(this.backoff());
        continue;
      }
      this.recovered();
      if (outcome.kind === 'caught_up' && !this.woken && this.running) await this.pause(this.options.idleMs ?? 250);
    }
  }

  private failed(error: unknown): void {
    this.failuresInARow++;
    const stall = stallOf(this.options.component, error, this.current, (this.options.now ?? (() => new Date()))());
    if (stall !== this.current) this.options.onStall?.(stall);
    this.current = stall;
  }

  private recovered(): void {
    this.failuresInARow = 0;
    const stall = this.current;
    this.current = null;
    if (stall) this.options.onRecovery?.(stall);
  }

  private backoff(): number {
    const first = this.options.backoffMs ?? 250;
    return Math.min(this.options.maxBackoffMs ?? 30_000, first * 2 ** Math.min(this.failuresInARow - 1, 20));
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.interrupt = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.interrupt = done;
    });
  }
}

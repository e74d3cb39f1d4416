import type { TurnoverResult } from './epoch-turnover';

export interface TurnoverRunnerOptions {
  /** After a failed run, the next is tried this much later (and so on until one succeeds). */
  readonly retryMs?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Runs turnovers one at a time in this process. `request()` answers with a run that started after the
 * request (an erasure committed before it is covered): requests made while a run is going share the next
 * run. A failed run is tried again every `retryMs` until it succeeds or the runner stops.
 */
export class TurnoverRunner {
  private current: Promise<TurnoverResult> | null = null;
  private next: Promise<TurnoverResult> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly turnOver: () => Promise<TurnoverResult>,
    private readonly options: TurnoverRunnerOptions = {},
  ) {}

  request(): Promise<TurnoverResult> {
    if (this.stopped) return Promise.reject(new Error('the key turnover runner is stopped'));
    if (!this.current) return this.start();
    this.next ??= this.current.then(
      () => this.start(),
      () => this.start(),
    );
    return this.next;
  }

  /** Cancels a pending retry and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await Promise.allSettled([this.current, this.next].filter((run) => run !== null));
  }

  private start(): Promise<TurnoverResult> {
    this.next = null;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const run = this.turnOver();
    this.current = run;
    run.then(
      () => this.settled(run),
      (error: unknown) => {
        this.settled(run);
        this.options.onError?.(error);
        if (!this.stopped && !this.next) {
          this.retry = setTimeout(() => void this.request().catch(() => undefined), this.options.retryMs ?? 10_000);
          this.retry.unref();
        }
      },
    );
    return run;
  }

  private settled(run: Promise<TurnoverResult>): void {
    if (this.current === run) this.current = null;
  }
}
